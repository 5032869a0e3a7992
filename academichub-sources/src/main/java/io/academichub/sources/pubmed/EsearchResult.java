package io.academichub.sources.pubmed;

import java.util.List;

/**
 * One esearch {@code eSearchResult}, as {@link PubmedParser#parseSearch} read it.
 *
 * @param count    how many records match the query ({@code <Count>})
 * @param retMax   how many ids the response lists at most ({@code <RetMax>})
 * @param retStart the position of the first listed id ({@code <RetStart>})
 * @param webEnv   the history server's environment ({@code <WebEnv>}), or {@code null} without {@code usehistory=y}
 * @param queryKey the query's key in that environment ({@code <QueryKey>}), or {@code null}
 * @param ids      the listed PMIDs, in order
 * @param warnings what {@code <ErrorList>} and {@code <WarningList>} said, one line each ({@code PhraseNotFound:
 *                 ddddcccc}); a search with such notes still succeeded
 */
record EsearchResult(int count, int retMax, int retStart, String webEnv, String queryKey, List<String> ids,
                     List<String> warnings) {

    EsearchResult {
        ids = List.copyOf(ids);
        warnings = List.copyOf(warnings);
    }

    /** Whether the search was stored on the history server, so efetch can page through it. */
    boolean hasHistory() {
        return webEnv != null && !webEnv.isBlank() && queryKey != null && !queryKey.isBlank();
    }
}
