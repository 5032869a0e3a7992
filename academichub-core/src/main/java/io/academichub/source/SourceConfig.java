package io.academichub.source;

import io.academichub.http.HttpTransport;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Configuration handed to a {@link SourceProvider}: the argument after the colon in {@code --source NAME:ARGUMENT},
 * named options, and the shared polite {@link HttpTransport} every source must use for its requests.
 *
 * <p>Two options every kind takes: {@value #BASE_URL} overrides the service's base URL (a mirror, or WireMock in
 * tests), and {@value #CONTACT} is the operator's contact address, which a source passes on where its service asks
 * for one (Crossref's {@code mailto}, NCBI's {@code email}). A kind's own options are declared by its
 * {@link SourceProvider#options()}.
 *
 * @param argument  what the source is about ({@code cs.AI+cs.LG}, a query, an ISSN), or {@code ""} when none
 * @param options   named options
 * @param transport the transport to fetch with
 */
public record SourceConfig(String argument, Map<String, String> options, HttpTransport transport) {

    /** The option naming a base URL that replaces the service's default. */
    public static final String BASE_URL = "baseUrl";

    /** The option holding the operator's contact address. */
    public static final String CONTACT = "contact";

    /**
     * Checks the components as described above, and copies the collections (the record is immutable).
     *
     * @param argument  what the source is about ({@code cs.AI+cs.LG}, a query, an ISSN), or {@code ""} when none
     * @param options   named options
     * @param transport the transport to fetch with
     */
    public SourceConfig {
        argument = argument == null ? "" : argument.strip();
        options = Map.copyOf(options);
        Objects.requireNonNull(transport, "transport");
    }

    /**
     * {@return a configuration with an argument and no options}
     *
     * @param argument what follows the colon in {@code --source NAME:ARGUMENT}, or {@code null}
     * @param transport the shared transport every request goes through
     */
    public static SourceConfig of(String argument, HttpTransport transport) {
        return new SourceConfig(argument, Map.of(), transport);
    }

    /**
     * {@return this configuration with one more option}
     *
     * @param name the option's key
     * @param value the option's value
     */
    public SourceConfig withOption(String name, String value) {
        java.util.HashMap<String, String> copy = new java.util.HashMap<>(options);
        copy.put(name, value);
        return new SourceConfig(argument, copy, transport);
    }

    /**
     * {@return the value of an option, if set and not blank}
     *
     * @param name the option's key
     */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** {@return the operator's contact address (option {@value #CONTACT}), if set} */
    public Optional<String> contact() {
        return option(CONTACT);
    }

    /**
     * {@return the value of a whole-number option, or {@code defaultValue} when it is not set}
     *
     * @param name the option's key
     * @param defaultValue the value when the option is not set
     * @throws IllegalArgumentException when the value is not a whole number, naming the option
     */
    public int intOption(String name, int defaultValue) {
        return option(name).map(text -> wholeNumber(name, text)).orElse(defaultValue);
    }

    static int wholeNumber(String name, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + name + " must be a whole number, not '" + text + "'", e);
        }
    }

    /**
     * {@return the base URL to use: the {@value #BASE_URL} option when set, else {@code defaultUrl}} A trailing slash
     * is removed so adapters can append paths.
     *
     * @param defaultUrl the service's own base URL
     * @throws IllegalArgumentException when the option is not an absolute http(s) URL
     */
    public URI baseUrl(String defaultUrl) {
        String text = option(BASE_URL).orElse(defaultUrl);
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("base URL must be an absolute http(s) URL: '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base URL is not a valid URL: '" + text + "': " + e.getMessage(), e);
        }
    }
}
