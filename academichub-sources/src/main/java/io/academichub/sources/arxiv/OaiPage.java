package io.academichub.sources.arxiv;

/**
 * What one OAI-PMH response held besides its records, which {@link ArxivOaiParser} hands to a consumer as it reads
 * them: how many there were, and where the list goes on.
 *
 * <pre>{@code
 * OaiPage page = ArxivOaiParser.parse(in, "arxiv-oai:cs", uri, papers::add);
 * if (page.hasMore()) { ... ask for ?verb=ListRecords&resumptionToken=page.resumptionToken() ... }
 * }</pre>
 *
 * @param records          records read and handed on as papers
 * @param deleted          records the repository marked deleted ({@code <header status="deleted">}), skipped
 * @param resumptionToken  the token that asks for the next page, or {@code null} at the end of the list (an empty
 *                         {@code <resumptionToken/>} or none at all)
 * @param completeListSize the size of the whole list as the repository announced it, or {@code -1} when absent
 * @param cursor           the position of this page's first record in the whole list, or {@code -1} when absent
 * @param warnings         what a user may want to know, one line each naming the record: records skipped as bad
 *                         (when the parser was not given its own consumer for them) and authors dropped
 */
public record OaiPage(int records, int deleted, String resumptionToken, int completeListSize, int cursor,
                      java.util.List<String> warnings) {

    /** A page without warnings. */
    public OaiPage(int records, int deleted, String resumptionToken, int completeListSize, int cursor) {
        this(records, deleted, resumptionToken, completeListSize, cursor, java.util.List.of());
    }

    public OaiPage {
        warnings = java.util.List.copyOf(warnings);
        if (records < 0 || deleted < 0) {
            throw new IllegalArgumentException("negative count: records=" + records + ", deleted=" + deleted);
        }
        if (completeListSize < -1 || cursor < -1) {
            throw new IllegalArgumentException("completeListSize and cursor are -1 or more: " + completeListSize
                    + ", " + cursor);
        }
        if (resumptionToken != null && resumptionToken.isBlank()) {
            resumptionToken = null; // an empty token is how OAI-PMH says "this was the last page"
        } else if (resumptionToken != null) {
            resumptionToken = resumptionToken.strip();
        }
    }

    /** The page of a response that holds no records: {@code noRecordsMatch}, or an empty list. */
    public static OaiPage empty() {
        return new OaiPage(0, 0, null, -1, -1);
    }

    /** Whether the list goes on: a resumption token was given. */
    public boolean hasMore() {
        return resumptionToken != null;
    }
}
