package io.academichub.sources.arxiv;

import io.academichub.model.AnnounceType;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.model.VersionedId;
import io.academichub.text.CleanText;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw fields of one arXiv API {@code <entry>}, gathered while {@link ArxivApiParser} streams, and the
 * {@link Paper} they make.
 */
final class ArxivApiEntry {

    String id;
    String title;
    String summary;
    String published;
    String updated;
    String primary;
    String doi;
    String journalRef;
    String pdf;
    final List<String> categories = new ArrayList<>(4);
    final List<Author> authors = new ArrayList<>(4);

    /**
     * The paper these fields make, or {@code null} when they cannot make one (no id, not an arXiv id, no title, no
     * readable publication date); the reason, or a field that was dropped, is added to {@code warnings}.
     */
    Paper toPaper(int line, List<String> warnings) {
        if (id == null || id.isEmpty()) {
            return skipped(warnings, line, "an entry has no <id>");
        }
        VersionedId vid;
        try {
            vid = PaperId.parseVersioned(id);
        } catch (IllegalArgumentException ex) {
            return skipped(warnings, line, "entry id '" + id + "' is not an arXiv id");
        }
        if (!vid.id().isArxiv()) {
            return skipped(warnings, line, "entry id '" + id + "' is not an arXiv id");
        }
        String cleanTitle = title == null ? "" : CleanText.foldWhitespace(title);
        if (cleanTitle.isEmpty()) {
            return skipped(warnings, line, "entry " + vid.id() + " has no title");
        }
        LocalDate publishedDate = date(published);
        if (publishedDate == null) {
            return skipped(warnings, line, "entry " + vid.id() + (published == null ? " has no <published> date"
                    : " has an unreadable <published> date '" + published + "'"));
        }
        Instant updatedAt = null;
        if (updated != null) {
            try {
                updatedAt = OffsetDateTime.parse(updated).toInstant();
            } catch (DateTimeException ex) {
                warnings.add("entry " + vid.id() + ": unreadable <updated> '" + updated + "' ignored");
            }
        }
        List<String> primaryFirst = new ArrayList<>(categories.size() + 1);
        if (primary != null && !primary.isBlank()) {
            primaryFirst.add(primary.strip());
        }
        primaryFirst.addAll(categories); // Paper drops the repeated primary

        Paper.Builder b = Paper.builder(vid.id())
                .title(cleanTitle)
                .authors(authors)
                .abstractText(summary == null ? "" : CleanText.foldWhitespace(summary))
                .source(Arxiv.SOURCE)
                .type(Paper.PREPRINT)
                .categories(primaryFirst)
                .published(publishedDate)
                .updated(updatedAt)
                .version(Math.max(vid.version(), 1))
                .announceType(AnnounceType.UNKNOWN)
                .journalRef(journalRef == null ? null : CleanText.foldWhitespace(journalRef))
                .url(Arxiv.abs(vid.id()))
                .pdfUrl(https(pdf, warnings));
        Arxiv.Dois dois = Arxiv.dois(doi, piece -> warnings.add("entry " + vid.id() + ": '" + piece
                + "' in <arxiv:doi> is not a DOI"));
        b.doi(dois.doi()).sameAs(dois.sameAs());
        try {
            return b.build();
        } catch (IllegalArgumentException ex) {
            return skipped(warnings, line, "entry " + vid.id() + ": " + ex.getMessage());
        }
    }

    /** The link as a URI, arXiv's own moved to https (old responses say http); {@code null} if unusable. */
    private static URI https(String href, List<String> warnings) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String h = href.strip();
        if (h.startsWith("http://arxiv.org/") || h.startsWith("http://export.arxiv.org/")) {
            h = "https://" + h.substring("http://".length());
        }
        try {
            return new URI(h);
        } catch (URISyntaxException ex) {
            warnings.add("unusable link '" + href + "' ignored");
            return null;
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeException notDateTime) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException notDate) {
                return null;
            }
        }
    }

    private static Paper skipped(List<String> warnings, int line, String reason) {
        warnings.add("skipped " + reason + " (line " + line + ")");
        return null;
    }
}
