package io.academichub.source;

import java.util.List;

/**
 * Creates {@link Source}s of one kind from configuration, and makes the kind discoverable by name through
 * {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.academichub.source.SourceProvider}).
 *
 * <pre>{@code
 * public final class MyJournalProvider implements SourceProvider {
 *     public String id() { return "myjournal"; }
 *     public Source create(SourceConfig config) { return new MyJournalSource(config); }
 * }
 * }</pre>
 */
public interface SourceProvider {

    /**
     * {@return the kind's name as users write it before the colon in {@code --source NAME:ARGUMENT}, e.g. {@code
     * arxiv}}
     */
    String id();

    /**
     * {@return one line for {@code --help} listings: what the argument means, e.g. "arXiv RSS; ARGUMENT: cs.AI+cs.LG"}
     */
    default String description() {
        return id();
    }

    /**
     * {@return the options this kind takes besides {@value SourceConfig#BASE_URL} and {@value SourceConfig#CONTACT},
     * which every kind takes; {@link SourceRegistry#create} refuses any other key, listing the valid ones} None by
     * default.
     */
    default List<SourceOption> options() {
        return List.of();
    }

    /**
     * {@return the formats of recorded responses this kind can read from files ({@code academichub parse --format
     * NAME}); none by default}
     */
    default List<RecordedFormat> formats() {
        return List.of();
    }

    /**
     * Creates a source.
     *
     * @param config the configuration: argument, options and the shared transport
     * @return a source, ready to fetch
     * @throws IllegalArgumentException when the configuration is not valid for this kind, saying why
     */
    Source create(SourceConfig config);
}
