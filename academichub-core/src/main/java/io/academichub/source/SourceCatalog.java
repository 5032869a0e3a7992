package io.academichub.source;

import java.util.List;

/**
 * Several source kinds offered by one class, for kinds that are data rather than code (a table of journal feeds,
 * each a kind of its own: {@code nature}, {@code science} …). Discovered like a {@link SourceProvider}, through
 * {@link java.util.ServiceLoader}: list the class in {@code META-INF/services/io.academichub.source.SourceCatalog}.
 *
 * <pre>{@code
 * public final class MyJournals implements SourceCatalog {
 *     public List<SourceProvider> providers() {
 *         return MyJournalTable.rows().stream().map(MyJournalProvider::new).map(SourceProvider.class::cast).toList();
 *     }
 * }
 * }</pre>
 */
public interface SourceCatalog {

    /** {@return the kinds this catalog offers, each with its own id} */
    List<SourceProvider> providers();
}
