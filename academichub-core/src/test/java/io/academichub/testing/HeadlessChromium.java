package io.academichub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real headless Chromium for tests of what a reader sees: opens a page, records every network request it makes,
 * evaluates JavaScript in it, and takes screenshots — over the Chrome DevTools Protocol on a WebSocket (the JDK's
 * {@link java.net.http.WebSocket} and Jackson; no driver, no extra dependency).
 *
 * <pre>{@code
 * try (HeadlessChromium chromium = HeadlessChromium.start()) {
 *     HeadlessChromium.Page page = chromium.open(digestHtml.toUri(), 390, 844);   // a phone's viewport
 *     assertThat(page.networkRequests()).isEmpty();
 *     assertThat(page.evaluate("document.querySelectorAll('li').length").asInt()).isEqualTo(24);
 *     Files.write(Path.of("digest.png"), page.screenshotPng());
 * }
 * }</pre>
 *
 * <p>The browser is found as {@code $CHROME_BIN}, {@code /usr/bin/chromium}, {@code /usr/bin/chromium-browser} or
 * {@code /usr/bin/google-chrome} ({@code .ci/run} installs Debian's {@code chromium}). {@link #start()} fails when
 * none is there and {@code CI} is set, and otherwise skips the calling test with a line saying how to install one.
 * It is started as the machine's own probe found it must be here: no sandbox as root, no GPU, no background
 * networking, a fresh profile that is deleted on {@link #close()}.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path profileDir;
    private final WebSocket socket;
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    private HeadlessChromium(Process process, Path profileDir, WebSocket socket) {
        this.process = process;
        this.profileDir = profileDir;
        this.socket = socket;
    }

    /** The browser executable, if this machine has one. */
    public static java.util.Optional<Path> executable() {
        String fromEnv = System.getenv("CHROME_BIN");
        return Stream.concat(fromEnv == null ? Stream.empty() : Stream.of(fromEnv),
                        Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"))
                .map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts a headless browser.
     *
     * @throws IOException when it cannot be started or does not open its DevTools port within 30 s
     */
    public static HeadlessChromium start() throws IOException, InterruptedException {
        java.util.Optional<Path> browser = executable();
        if (browser.isEmpty()) {
            String advice = "no Chromium found (set CHROME_BIN, or: apt-get install chromium)";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(advice + "; CI must install it (.ci/run)");
            }
            Assumptions.abort(advice);
        }
        Path profile = Files.createTempDirectory("academichub-chromium-");
        Process process = new ProcessBuilder(browser.get().toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
                "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile())
                .start();
        Path portFile = profile.resolve("DevToolsActivePort");
        Instant deadline = Instant.now().plusSeconds(30);
        while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                String log = Files.exists(profile.resolve("chromium.log")) ? Files.readString(profile.resolve("chromium.log")) : "";
                throw new IOException("Chromium did not open its DevTools port; its output: "
                        + log.substring(0, Math.min(log.length(), 2000)));
            }
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(portFile);
        URI ws = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
        HeadlessChromium[] self = new HeadlessChromium[1];
        WebSocket socket;
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(ws, new Listener(message -> self[0].onMessage(message)))
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("could not connect to Chromium's DevTools at " + ws + ": " + e, e);
        }
        self[0] = new HeadlessChromium(process, profile, socket);
        return self[0];
    }

    /**
     * Opens {@code url} in a new tab with a {@code width}×{@code height} CSS-pixel viewport, waits for its load event,
     * and returns the page with every request it made so far.
     */
    public Page open(URI url, int width, int height) throws IOException {
        String target = command(null, "Target.createTarget", obj().put("url", "about:blank")).path("targetId").asText();
        String session = command(null, "Target.attachToTarget", obj().put("targetId", target).put("flatten", true))
                .path("sessionId").asText();
        command(session, "Network.enable", obj());
        command(session, "Page.enable", obj());
        command(session, "Emulation.setDeviceMetricsOverride", obj().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", width < 600));
        int before = events.size();
        command(session, "Page.navigate", obj().put("url", url.toString()));
        Instant deadline = Instant.now().plus(COMMAND_TIMEOUT);
        // stream() reads a snapshot: the listener thread keeps appending while this looks (a subList would throw)
        while (events.stream().skip(before).noneMatch(e -> isEvent(e, session, "Page.loadEventFired"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("the page did not load within " + COMMAND_TIMEOUT + ": " + url);
            }
            sleep();
        }
        return new Page(session, url);
    }

    private static boolean isEvent(JsonNode event, String session, String method) {
        return method.equals(event.path("method").asText()) && session.equals(event.path("sessionId").asText());
    }

    private JsonNode command(String session, String method, ObjectNode params) throws IOException {
        int id = nextId.getAndIncrement();
        ObjectNode message = obj().put("id", id).put("method", method);
        message.set("params", params);
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(message.toString(), true).join();
        try {
            JsonNode answer = reply.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new IOException(method + " failed: " + answer.get("error"));
            }
            return answer.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(method + " interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(method + " got no answer within " + COMMAND_TIMEOUT, e);
        } finally {
            pending.remove(id);
        }
    }

    private void onMessage(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> reply = pending.get(message.get("id").asInt());
                if (reply != null) {
                    reply.complete(message);
                }
            } else {
                events.add(message);
            }
        } catch (IOException e) {
            events.add(JSON.createObjectNode().put("method", "unreadable").put("text", text));
        }
    }

    private static ObjectNode obj() {
        return JSON.createObjectNode();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stops the browser — every process of it: the network and GPU helpers can outlive the main one and still write
     * into the profile — and deletes its profile.
     */
    @Override
    public void close() throws IOException {
        socket.abort();
        List<ProcessHandle> browser = new ArrayList<>(process.descendants().toList());
        browser.add(process.toHandle());
        browser.forEach(ProcessHandle::destroy);
        try {
            for (ProcessHandle p : browser) {
                try {
                    p.onExit().get(10, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    p.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        deleteProfile();
    }

    // A file that goes away while the tree is walked (a helper's last temp file) is simply gone: not an error.
    private void deleteProfile() throws IOException {
        Files.walkFileTree(profileDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** One open tab. */
    public final class Page {
        private final String session;
        private final URI url;

        private Page(String session, URI url) {
            this.session = session;
            this.url = url;
        }

        /**
         * Every URL the page asked the network for — anything but the page itself and {@code data:}/{@code about:}
         * URLs — from loading until now.
         */
        public List<String> networkRequests() {
            List<String> urls = new ArrayList<>();
            for (JsonNode e : events) {
                if (isEvent(e, session, "Network.requestWillBeSent")) {
                    String requested = e.path("params").path("request").path("url").asText();
                    if (!requested.equals(url.toString()) && !requested.startsWith("data:")
                            && !requested.startsWith("about:")) {
                        urls.add(requested);
                    }
                }
            }
            return urls;
        }

        /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
        public JsonNode evaluate(String expression) throws IOException {
            JsonNode result = command(session, "Runtime.evaluate",
                    obj().put("expression", expression).put("returnByValue", true));
            if (result.has("exceptionDetails")) {
                throw new IOException("JavaScript failed: " + result.get("exceptionDetails"));
            }
            return result.path("result").path("value");
        }

        /**
         * A PNG of what the viewport shows (the top of a long page), as large as {@link #open}'s width and height.
         *
         * @return the PNG's bytes
         * @throws IOException when Chromium does not answer
         */
        public byte[] viewportPng() throws IOException {
            return Base64.getDecoder().decode(command(session, "Page.captureScreenshot", obj().put("format", "png"))
                    .path("data").asText());
        }

        /** A PNG of the whole page, not just the viewport. */
        public byte[] screenshotPng() throws IOException {
            ObjectNode params = obj().put("format", "png").put("captureBeyondViewport", true);
            JsonNode metrics = command(session, "Page.getLayoutMetrics", obj()).path("cssContentSize");
            ObjectNode clip = params.putObject("clip");
            clip.put("x", 0).put("y", 0).put("width", metrics.path("width").asDouble())
                    .put("height", metrics.path("height").asDouble()).put("scale", 1);
            return Base64.getDecoder().decode(command(session, "Page.captureScreenshot", params).path("data").asText());
        }
    }

    /** Collects a text message that may arrive in parts and hands it on whole. */
    private static final class Listener implements WebSocket.Listener {
        private final java.util.function.Consumer<String> onMessage;
        private final StringBuilder partial = new StringBuilder();

        Listener(java.util.function.Consumer<String> onMessage) {
            this.onMessage = onMessage;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                onMessage.accept(message);
            }
            webSocket.request(1);
            return null;
        }
    }
}
