package io.academichub.source;

/**
 * A provider that claims {@link EchoSourceProvider}'s id. Not declared in this module's {@code META-INF/services}:
 * the duplicate-id test declares it in a services file of its own.
 */
public final class ShadowEchoSourceProvider implements SourceProvider {

    @Override
    public String id() {
        return EchoSourceProvider.ID;
    }

    @Override
    public Source create(SourceConfig config) {
        throw new UnsupportedOperationException("never created: its id clashes");
    }
}
