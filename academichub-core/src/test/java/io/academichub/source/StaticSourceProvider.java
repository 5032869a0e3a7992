package io.academichub.source;

import java.util.List;

/** A second provider for registry tests, declared in {@code META-INF/services}. */
public final class StaticSourceProvider implements SourceProvider {

    @Override
    public String id() {
        return "core-test-static";
    }

    @Override
    public Source create(SourceConfig config) {
        return new Source() {
            @Override
            public String id() {
                return "core-test-static";
            }

            @Override
            public FetchResult fetch(FetchRequest request) {
                return new FetchResult(List.of(), SourceReport.noAnnouncement(id(), List.of()));
            }
        };
    }
}
