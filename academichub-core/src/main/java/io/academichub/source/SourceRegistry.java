package io.academichub.source;

import io.academichub.http.HttpTransport;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The source kinds an application can configure by name: {@link SourceProvider}s, alone or offered several at a time
 * by a {@link SourceCatalog}. Discovery through {@link ServiceLoader} is opt-in
 * ({@link Builder#discover()}); providers can also be registered explicitly. Two providers with one id are an
 * error that names both classes, never a silent pick.
 *
 * <pre>{@code
 * SourceRegistry registry = SourceRegistry.builder().discover().register(new MyJournalProvider()).build();
 * Source source = registry.create("arxiv:cs.AI+cs.LG", Map.of(), transport);
 * }</pre>
 */
public final class SourceRegistry {

    private final Map<String, SourceProvider> providers;
    private final Map<String, RecordedFormat> formats;

    private SourceRegistry(Map<String, SourceProvider> providers) {
        this.providers = Collections.unmodifiableMap(new TreeMap<>(providers));
        Map<String, RecordedFormat> byName = new TreeMap<>();
        Map<String, String> offeredBy = new TreeMap<>();
        for (SourceProvider provider : this.providers.values()) {
            for (RecordedFormat format : provider.formats()) {
                String earlier = offeredBy.putIfAbsent(format.name(), provider.id());
                if (earlier != null) {
                    throw new IllegalStateException("two source kinds offer the format '" + format.name() + "': "
                            + earlier + " and " + provider.id());
                }
                byName.put(format.name(), format);
            }
        }
        this.formats = Collections.unmodifiableMap(byName);
    }

    /** {@return a builder for a registry} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a registry of every provider {@link ServiceLoader} finds on the class path of this class's loader} */
    public static SourceRegistry discover() {
        return builder().discover().build();
    }

    /**
     * {@return the provider with this id, if registered}
     *
     * @param id the kind's name, e.g. {@code arxiv}
     */
    public Optional<SourceProvider> find(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    /**
     * {@return the recorded-response format with this name, offered by one of the providers}
     *
     * @param name the format's name, as after {@code --format}
     */
    public Optional<RecordedFormat> format(String name) {
        return Optional.ofNullable(formats.get(name));
    }

    /** {@return every format the providers offer, by name} */
    public Collection<RecordedFormat> formats() {
        return formats.values();
    }

    /** {@return all providers, by id} */
    public Collection<SourceProvider> providers() {
        return providers.values();
    }

    /**
     * Creates a source from a spec {@code NAME} or {@code NAME:ARGUMENT} ({@code arxiv:cs.AI+cs.LG}).
     *
     * @param spec {@code NAME} or {@code NAME:ARGUMENT}, as after {@code --source}
     * @param options the source's options, by key
     * @param transport the shared transport every request goes through
     * @return a source, ready to fetch
     * @throws IllegalArgumentException when no provider has that name (listing those that exist), an option is not one
     *                                  the kind declares (listing those it does) or not of its type, or the provider
     *                                  refuses the configuration
     */
    public Source create(String spec, Map<String, String> options, HttpTransport transport) {
        Objects.requireNonNull(spec, "spec");
        int colon = spec.indexOf(':');
        String name = (colon < 0 ? spec : spec.substring(0, colon)).strip();
        String argument = colon < 0 ? "" : spec.substring(colon + 1);
        SourceProvider provider = providers.get(name);
        if (provider == null) {
            throw new IllegalArgumentException("unknown source '" + name + "' in '" + spec + "'; known sources: "
                    + String.join(", ", providers.keySet()));
        }
        SourceOption.check(name, provider.options(), options);
        return provider.create(new SourceConfig(argument, options, transport));
    }

    /** Collects providers; {@link #build()} checks that their ids are unique. */
    public static final class Builder {
        private final Map<String, SourceProvider> providers = new TreeMap<>();

        private Builder() {
        }

        /**
         * Adds every provider {@link ServiceLoader} finds through this class's class loader.
         *
         * @return this builder
         */
        public Builder discover() {
            return discover(SourceRegistry.class.getClassLoader());
        }

        /**
         * Adds every provider, and every provider of every {@link SourceCatalog}, that {@link ServiceLoader} finds.
         *
         * @param loader the class loader to search
         * @return this builder
         */
        public Builder discover(ClassLoader loader) {
            for (SourceProvider provider : ServiceLoader.load(SourceProvider.class, loader)) {
                register(provider);
            }
            for (SourceCatalog catalog : ServiceLoader.load(SourceCatalog.class, loader)) {
                catalog.providers().forEach(this::register);
            }
            return this;
        }

        /**
         * Adds a provider.
         *
         * @param provider the provider to add
         * @return this builder
         * @throws IllegalStateException when another provider already has its id, naming both classes
         */
        public Builder register(SourceProvider provider) {
            Objects.requireNonNull(provider, "provider");
            String id = Objects.requireNonNull(provider.id(), () -> provider.getClass().getName() + ".id() is null");
            SourceProvider existing = providers.get(id);
            if (existing != null) {
                throw new IllegalStateException("two source providers have the id '" + id + "': "
                        + existing.getClass().getName() + " and " + provider.getClass().getName());
            }
            providers.put(id, provider);
            return this;
        }

        /**
         * {@return the registry}
         *
         * @throws IllegalStateException when two providers offer a format of one name, naming both
         */
        public SourceRegistry build() {
            return new SourceRegistry(providers);
        }
    }
}
