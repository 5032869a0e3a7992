package io.academichub.sources.arxiv;

import io.academichub.model.PaperId;
import io.academichub.text.CleanText;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What arXiv's three interfaces (the announcement RSS, the query API, OAI-PMH) share, in one place: the politeness
 * group of every arXiv request, the {@link io.academichub.model.Paper#source() source} their papers name, the
 * landing-page and PDF URLs, and how arXiv's DOI field becomes a paper's {@code doi} and {@code sameAs}.
 */
final class Arxiv {

    /** The politeness group every arXiv endpoint shares: arXiv limits all of them together. */
    static final String POLITENESS_GROUP = "arxiv";

    /** The {@code source} of every arXiv paper, whichever interface delivered it. */
    static final String SOURCE = "arxiv";

    private static final String ABS = "https://arxiv.org/abs/";
    // An absolute path resolved against the parsed site: URI's parser then reads only the path (not the scheme and
    // host, the same for every paper), and resolving takes the path as it is, with nothing to merge or normalise.
    // Two URLs per paper, thousands per feed. (An arXiv id holds no ':', '?' or '#' to make this differ from the
    // full URL.)
    private static final URI SITE = URI.create("https://arxiv.org");

    private Arxiv() {
    }

    /**
     * The landing page, without a version: it always shows the latest one.
     *
     * @param id an arXiv id
     * @return {@code https://arxiv.org/abs/ID}
     */
    static URI abs(PaperId id) {
        return SITE.resolve("/abs/" + id.value());
    }

    /** Whether {@code link} is the landing page {@link #abs} gives for {@code id}; makes no URI. */
    static boolean isAbs(String link, PaperId id) {
        return link.length() == ABS.length() + id.value().length() && link.startsWith(ABS)
                && link.endsWith(id.value());
    }

    /**
     * The PDF of one version, or of the latest when the version is not known.
     *
     * @param id      an arXiv id
     * @param version the version, or 0 (or less) when unknown
     * @return {@code https://arxiv.org/pdf/IDvN}, or {@code https://arxiv.org/pdf/ID} for the latest
     */
    static URI pdf(PaperId id, int version) {
        return SITE.resolve(version > 0 ? "/pdf/" + id.value() + "v" + version : "/pdf/" + id.value());
    }

    /**
     * arXiv's DOI field ({@code arxiv:DOI} in RSS, {@code arxiv:doi} in the API, {@code <doi>} in OAI-PMH) read. It
     * sometimes holds several DOIs separated by white space (article and erratum, even one DOI twice): the first is
     * the paper's DOI, and every one is another id of the same work.
     *
     * @param field    the field's text; {@code null} or blank for none
     * @param notADoi  told each piece that is not a DOI (and is then ignored), for a warning
     * @return the paper's DOI ({@code null} when none) and the DOI ids for {@code sameAs}
     */
    static Dois dois(String field, Consumer<String> notADoi) {
        if (field == null || field.isBlank()) {
            return Dois.NONE;
        }
        List<String> dois = new ArrayList<>(1);
        for (String piece : CleanText.foldWhitespace(field).split(" ")) {
            String canonical = PaperId.normalizeDoi(piece);
            if (canonical == null) {
                notADoi.accept(piece);
            } else if (!dois.contains(canonical)) {
                dois.add(canonical);
            }
        }
        if (dois.isEmpty()) {
            return Dois.NONE;
        }
        if (dois.size() == 1) {
            return new Dois(dois.get(0), Set.of(new PaperId(PaperId.DOI, dois.get(0)))); // nearly every field
        }
        List<PaperId> ids = new ArrayList<>(dois.size()); // distinct already
        for (String doi : dois) {
            ids.add(new PaperId(PaperId.DOI, doi));
        }
        return new Dois(dois.get(0), Set.copyOf(ids));
    }

    /**
     * A DOI field read.
     *
     * @param doi    the paper's DOI, or {@code null}
     * @param sameAs every DOI of the field as an id
     */
    record Dois(String doi, Set<PaperId> sameAs) {
        static final Dois NONE = new Dois(null, Set.of());
    }
}
