package io.academichub.sources.pubmed;

import io.academichub.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The E-utilities responses under {@code fixtures/pubmed-eutils/}, and documents built from them. */
final class PubmedFixtures {

    /** Real: efetch of PMID 27797938 (Gut 2017), one PubmedArticle. */
    static final String EFETCH_27797938 = "efetch_pubmed_27797938.xml";
    /** Real: esearch with usehistory, Count 42249, 100 ids, WebEnv and QueryKey. */
    static final String ESEARCH_HISTORY = "esearch_pubmed_usehistory_webenv.xml";
    /** Real: esearch for "biopython", Count 63, 20 ids. */
    static final String ESEARCH_BASIC = "esearch_pubmed_basic.xml";
    /** CONSTRUCTED: a structured abstract, a preprint, a book chapter, a record without a title, a deleted citation. */
    static final String CONSTRUCTED = "efetch_pubmed_constructed_structured-abstract.xml";

    static final String REAL_WEBENV = "MCID_6927d6e7fee3e90f880ec190";

    private PubmedFixtures() {
    }

    static byte[] bytes(String name) {
        return Fixtures.bytes("fixtures/pubmed-eutils/" + name);
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static InputStream stream(String name) {
        return new ByteArrayInputStream(bytes(name));
    }

    static InputStream streamOf(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code <PubmedArticle>…</PubmedArticle>} blocks of a fixture, verbatim and in order. */
    static List<String> articles(String name) {
        String xml = text(name);
        List<String> articles = new ArrayList<>();
        for (int at = xml.indexOf("<PubmedArticle>"); at >= 0; at = xml.indexOf("<PubmedArticle>", at + 1)) {
            int end = xml.indexOf("</PubmedArticle>", at) + "</PubmedArticle>".length();
            articles.add(xml.substring(at, end));
        }
        return articles;
    }

    /**
     * An efetch batch built from real and constructed articles: the real file's XML declaration and DOCTYPE, then the
     * given {@code <PubmedArticle>} blocks verbatim.
     */
    static String articleSet(List<String> articles) {
        String real = text(EFETCH_27797938);
        String prolog = real.substring(0, real.indexOf("<PubmedArticleSet>"));
        return prolog + "<PubmedArticleSet>\n" + String.join("\n", articles) + "\n</PubmedArticleSet>";
    }

    /** The real esearch-with-history response with its Count changed (a CONSTRUCTED variant, said where used). */
    static String esearchWithCount(int count) {
        String real = text(ESEARCH_HISTORY);
        String changed = real.replace("<Count>42249</Count>", "<Count>" + count + "</Count>");
        if (changed.equals(real)) {
            throw new IllegalStateException("the recorded esearch no longer has Count 42249");
        }
        return changed;
    }
}
