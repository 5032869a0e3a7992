package io.academichub.source;

import java.util.List;

/**
 * A provider for registry tests, declared in {@code META-INF/services}: its sources echo the configuration they
 * were created with.
 */
public final class EchoSourceProvider implements SourceProvider {

    /** The provider's id. */
    public static final String ID = "core-test-echo";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "echoes its configuration; ARGUMENT: anything";
    }

    /** One declared option, {@code rows}, a number. */
    @Override
    public List<SourceOption> options() {
        return List.of(SourceOption.number("rows", "10", "rows per page"));
    }

    @Override
    public Source create(SourceConfig config) {
        if (config.argument().equals("refuse")) {
            throw new IllegalArgumentException("core-test-echo refuses the argument 'refuse'");
        }
        return new EchoSource(config);
    }

    /** A source that fetches nothing and remembers its configuration. */
    public record EchoSource(SourceConfig config) implements Source {
        @Override
        public String id() {
            return config.argument().isEmpty() ? ID : ID + ":" + config.argument();
        }

        @Override
        public FetchResult fetch(FetchRequest request) {
            return new FetchResult(List.of(), SourceReport.ok(id(), 0, 0, List.of()));
        }
    }
}
