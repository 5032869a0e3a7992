package io.academichub.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.academichub.internal.JsonProblems;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The daily job's configuration, {@code academichub.yaml}: what to fetch, the radar profiles, the briefing, where the
 * digest and the store go, and how the digest is delivered. {@code academichub init} writes a commented starter
 * (the resource {@code academichub.yaml} beside this class); every key is optional.
 *
 * @param contact   the address for the User-Agent, or {@code null}
 * @param sources   source specs as {@code academichub fetch --source} takes them
 * @param profiles  radar profile files, resolved against the config file's folder
 * @param briefing  the briefing settings
 * @param output    the folder the day's digest folders go in
 * @param data      the radar's data directory (the H2 store)
 * @param delivery  how the digest is delivered; never {@code null}, its channels may be
 * @param feedBaseUrl the web address the day's Atom feeds are published under (a folder, ending in {@code /}), or
 *                    {@code null}: when set, each feed names its own address ({@code <link rel="self">}) and takes it
 *                    as its id
 */
public record DailyConfig(String contact, List<String> sources, List<Path> profiles, BriefingSettings briefing,
                          Path output, Path data, DeliverySettings delivery, URI feedBaseUrl) {

    /** The sources the product page shows, fetched when the config names none. */
    public static final List<String> DEFAULT_SOURCES = List.of("arxiv:cs.AI+cs.CL+cs.CV+cs.LG",
            "arxiv:quant-ph+math.PR", "biorxiv:bioinformatics", "medrxiv", "nature");

    public DailyConfig {
        sources = sources == null || sources.isEmpty() ? DEFAULT_SOURCES : List.copyOf(sources);
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        briefing = briefing == null ? BriefingSettings.DEFAULT : briefing;
        output = output == null ? home().resolve("academichub/digests") : output;
        data = data == null ? home().resolve(".academichub") : data;
        delivery = delivery == null ? DeliverySettings.NONE : delivery;
    }

    /** The configuration used when there is no file: the default sources, no profile, an extractive briefing. */
    public static DailyConfig defaults() {
        return new DailyConfig(null, null, null, null, null, null, null, null);
    }

    /** The commented starter configuration {@code academichub init} writes. */
    public static String starterText() {
        return resource("academichub.yaml");
    }

    /** The example profile {@code academichub init} writes beside the starter configuration. */
    public static String exampleProfileText() {
        return resource("example-profile.yaml");
    }

    /**
     * Reads a configuration file.
     *
     * @throws ConfigException naming the file, the line and the key, with the valid keys for an unknown one
     */
    public static DailyConfig read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        Raw raw;
        byte[] bytes = new byte[0];
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(name + ": no such file (academichub init writes a starter)", e);
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot be read: " + Locations.reason(e, Locations.Access.READ), e);
        }
        try (JsonParser parser = YAML.createParser(bytes)) {
            // An empty file (or one of comments only) has no first token: it means every default.
            raw = parser.nextToken() == null ? null : YAML.readValue(parser, Raw.class);
        } catch (UnrecognizedPropertyException e) {
            String valid = e.getKnownPropertyIds().stream().map(Object::toString)
                    .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
            throw new ConfigException(where(name, keyLine(bytes, e)) + "unknown key '" + pathOf(e) + "' (valid keys"
                    + (e.getPath().size() > 1 ? " there" : "") + ": " + valid + ")", e);
        } catch (JsonMappingException e) {
            String path = pathOf(e);
            throw new ConfigException(JsonProblems.at(name, e) + (path.isEmpty() ? "" : "'" + path + "': ")
                    + reason(path, e), e);
        } catch (JsonProcessingException e) {
            throw new ConfigException(JsonProblems.at(name, e) + JsonProblems.reason(e), e);
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot be read: " + e.getMessage(), e);
        }
        if (raw == null) {
            return defaults(); // an empty file
        }
        Path base = file.toAbsolutePath().getParent();
        List<Path> profiles = raw.profiles == null ? null
                : raw.profiles.stream().map(p -> resolve(base, p)).toList();
        BriefingSettings briefing = raw.briefing == null ? null : raw.briefing.checked(name);
        DeliverySettings delivery = raw.delivery == null ? null : raw.delivery.checked(name);
        return new DailyConfig(raw.contact, raw.sources, profiles, briefing,
                raw.output == null ? null : resolve(base, raw.output),
                raw.data == null ? null : resolve(base, raw.data), delivery, feedBaseUrl(name, raw.feedBaseUrl));
    }

    /** An absolute http(s) address; a folder, so that the feed's file name resolves inside it, not beside it. */
    private static URI feedBaseUrl(String file, String text) {
        if (text == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null
                || !List.of("http", "https").contains(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT))) {
            throw new ConfigException(file + ": 'feedBaseUrl' must be an http or https address, such as "
                    + "https://example.org/radar/, not '" + text + "'");
        }
        return uri.getRawPath().endsWith("/") ? uri : uri.resolve(uri.getRawPath() + "/");
    }

    /**
     * How the briefing is written.
     *
     * @param language             the reader's language (BCP 47 primary tag: en, zh, ja …)
     * @param llm                  {@code none}, or a provider name as {@code academichub brief --llm} takes it
     * @param model                the model, or {@code null} for the provider's default
     * @param baseUrl              the provider's base URL, or {@code null} for its default
     * @param apiKeyEnv            the environment variable holding the key, or {@code null} for the provider's usual
     * @param budgetTokens         the most tokens one briefing may use, or {@code null} for no limit
     * @param fallbackToExtractive whether a model that cannot be used falls back to the extractive briefing
     */
    public record BriefingSettings(String language, String llm, String model, String baseUrl, String apiKeyEnv,
                                   Integer budgetTokens, boolean fallbackToExtractive) {

        /** English, extractive. */
        public static final BriefingSettings DEFAULT = new BriefingSettings("en", "none", null, null, null, null, false);

        public BriefingSettings {
            language = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
            llm = llm == null || llm.isBlank() ? "none" : llm.strip().toLowerCase(Locale.ROOT);
        }

        /** Whether a model writes the briefing. */
        public boolean usesModel() {
            return !"none".equals(llm);
        }

        BriefingSettings checked(String file) {
            if (budgetTokens != null && budgetTokens <= 0) {
                throw new ConfigException(file + ": 'briefing.budgetTokens' must be positive: " + budgetTokens);
            }
            if (!language.matches("[a-z]{2,3}(-[a-z0-9]+)*")) {
                throw new ConfigException(file + ": 'briefing.language' is not a language code: '" + language + "'");
            }
            return this;
        }
    }

    /**
     * Where the digest goes once written.
     *
     * @param email   an SMTP delivery, or {@code null}
     * @param webhook a webhook delivery, or {@code null}
     */
    public record DeliverySettings(EmailSettings email, WebhookSettings webhook) {

        /** No delivery: the digest is only written. */
        public static final DeliverySettings NONE = new DeliverySettings(null, null);

        DeliverySettings checked(String file) {
            if (email != null) {
                email.checked(file);
            }
            if (webhook != null && (webhook.urlEnv() == null || webhook.urlEnv().isBlank())) {
                throw new ConfigException(file + ": 'delivery.webhook.urlEnv' is required: the name of the environment"
                        + " variable that holds the hook URL");
            }
            return this;
        }
    }

    /**
     * SMTP delivery.
     *
     * @param host        the server
     * @param port        its port (default 587)
     * @param security    {@code starttls} (default), {@code ssl} or {@code none}
     * @param username    the login, or {@code null} for none
     * @param passwordEnv the environment variable holding the password
     * @param from        the sender
     * @param to          the recipients
     */
    public record EmailSettings(String host, Integer port, String security, String username, String passwordEnv,
                                String from, List<String> to) {

        public EmailSettings {
            port = port == null ? 587 : port;
            security = security == null ? "starttls" : security.strip().toLowerCase(Locale.ROOT);
            to = to == null ? List.of() : List.copyOf(to);
        }

        void checked(String file) {
            String missing = host == null ? "host" : from == null ? "from" : to.isEmpty() ? "to" : null;
            if (missing != null) {
                throw new ConfigException(file + ": 'delivery.email." + missing + "' is required");
            }
            if (!List.of("starttls", "ssl", "none").contains(security)) {
                throw new ConfigException(file + ": 'delivery.email.security' must be starttls, ssl or none, not '"
                        + security + "'");
            }
            if (username != null && passwordEnv == null) {
                throw new ConfigException(file + ": 'delivery.email.passwordEnv' is required with a username: the name"
                        + " of the environment variable that holds the password");
            }
        }
    }

    /**
     * Webhook delivery.
     *
     * @param urlEnv the environment variable holding the hook URL (the URL is a credential)
     */
    public record WebhookSettings(String urlEnv) {
    }

    /** A configuration file that cannot be used: the message names the file, the line and the key. */
    public static final class ConfigException extends RuntimeException {
        ConfigException(String message) {
            super(message);
        }

        ConfigException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The file's shape, before paths are resolved and defaults applied. */
    private record Raw(String contact, List<String> sources, List<String> profiles, BriefingSettings briefing,
                       String output, String data, DeliverySettings delivery, String feedBaseUrl) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static Path resolve(Path base, String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return home().resolve(path.substring(Math.min(2, path.length())));
        }
        return base.resolve(path).normalize();
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    private static String where(String file, int line) {
        return line < 1 ? file + ": " : file + " line " + line + ": ";
    }

    /**
     * The line of the unknown key itself. Jackson reports a record's unknown key at the end of the record (it reads
     * the whole object before choosing the constructor), so the key's line is looked up in a second pass.
     */
    private static int keyLine(byte[] yaml, UnrecognizedPropertyException e) {
        String wanted = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex()))
                .collect(Collectors.joining("/", "/", ""));
        try (JsonParser p = YAML.createParser(yaml)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && p.getParsingContext().pathAsPointer().toString().equals(wanted)) {
                    return p.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException ignored) {
            // the file parsed once already; fall back to Jackson's location
        }
        return line(e.getLocation());
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** What the keys that take a list hold, so that a mistake reads "expected a list of source specs". */
    private static final Map<String, String> LIST_OF = Map.of("sources", "source specs", "profiles", "profile files",
            "delivery.email.to", "addresses");

    private static String reason(String path, JsonMappingException e) {
        String reason = JsonProblems.reason(e);
        String list = "expected a list";
        return reason.startsWith(list) && LIST_OF.containsKey(path)
                ? list + " of " + LIST_OF.get(path) + reason.substring(list.length()) : reason;
    }

    private static String resource(String name) {
        try (InputStream in = DailyConfig.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
