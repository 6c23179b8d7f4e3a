package org.chronoline.io.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Chromium driven over the DevTools protocol with nothing but the JDK: the browser is
 * started with {@code --remote-debugging-port=0} and a fresh profile, and one page is controlled
 * through {@link java.net.http.WebSocket}. JavaScript exceptions, console errors and browser log
 * errors are collected, and so is every URL the page requests. For tests only.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private HeadlessChromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** The Chromium binary: {@code $CHROMIUM} if set, else the first of the usual names on the PATH. */
    static Optional<Path> find() {
        String env = System.getenv("CHROMIUM");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts the browser with a fresh profile in {@code profile} and a window of the given size. */
    static HeadlessChromium start(Path binary, Path profile, int width, int height)
            throws IOException, InterruptedException {
        Files.createDirectories(profile);
        List<String> command = List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic", "--disable-extensions", "--disable-default-apps", "--no-default-browser-check",
                "--mute-audio", "--hide-scrollbars", "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "about:blank");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("Chromium did not start; its log: "
                            + Files.readString(profile.resolve("chromium.log")));
                }
                Thread.sleep(50);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String pageSocket = null;
            while (pageSocket == null) {
                try {
                    HttpResponse<String> list = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    for (JsonNode target : MAPPER.readTree(list.body())) {
                        if ("page".equals(target.path("type").asText())) {
                            pageSocket = target.get("webSocketDebuggerUrl").asText();
                        }
                    }
                } catch (IOException notYet) {
                    // the port file can appear before the endpoint answers: try again until the deadline
                }
                if (pageSocket == null) {
                    if (System.nanoTime() > deadline) {
                        throw new IOException("Chromium has no page to drive");
                    }
                    Thread.sleep(50);
                }
            }
            HeadlessChromium[] self = new HeadlessChromium[1];
            Listener listener = new Listener(self);
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(pageSocket), listener).get(30, TimeUnit.SECONDS);
            HeadlessChromium browser = new HeadlessChromium(process, socket);
            self[0] = browser;
            for (String domain : List.of("Runtime", "Log", "Page", "Network")) {
                browser.send(domain + ".enable", MAPPER.createObjectNode());
            }
            return browser;
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("cannot connect to Chromium: " + e, e);
        }
    }

    /** Sends a DevTools command and waits for its result; a protocol error fails the test. */
    JsonNode send(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode message = MAPPER.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(message.toString(), true).join();
        JsonNode r;
        try {
            r = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no answer from Chromium to " + method + ": " + e, e);
        }
        if (r.has("error")) {
            throw new AssertionError(method + " failed: " + r.get("error"));
        }
        return r.get("result");
    }

    static ObjectNode params() {
        return MAPPER.createObjectNode();
    }

    /** Opens {@code url} and waits for its load event; returns the milliseconds that took. */
    long navigate(String url) {
        loaded = new CompletableFuture<>();
        long started = System.nanoTime();
        send("Page.navigate", params().put("url", url));
        try {
            loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("page did not load: " + url, e);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** Evaluates a JavaScript expression in the page (awaiting promises); an exception fails the test. */
    JsonNode evaluate(String expression) {
        JsonNode r = send("Runtime.evaluate", params().put("expression", expression).put("returnByValue", true)
                .put("awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new AssertionError("script failed: " + expression + ": " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** A real mouse click (press and release) at page coordinates. */
    void click(double x, double y) {
        mouse("mousePressed", x, y, 1);
        mouse("mouseReleased", x, y, 0);
    }

    void mouse(String type, double x, double y, int buttons) {
        send("Input.dispatchMouseEvent", params().put("type", type).put("x", x).put("y", y)
                .put("button", type.equals("mouseMoved") && buttons == 0 ? "none" : "left")
                .put("buttons", buttons).put("clickCount", 1));
    }

    void wheel(double x, double y, double deltaY) {
        send("Input.dispatchMouseEvent", params().put("type", "mouseWheel").put("x", x).put("y", y)
                .put("deltaX", 0).put("deltaY", deltaY));
    }

    /** Saves a PNG of the viewport. */
    void screenshot(Path file) throws IOException {
        JsonNode r = send("Page.captureScreenshot", params().put("format", "png"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(r.get("data").asText()));
    }

    /** JavaScript exceptions, console errors and browser log errors seen so far. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    /** Every URL the page requested so far. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    void clearLogs() {
        errors.clear();
        requests.clear();
    }

    @Override
    public void close() {
        try {
            socket.sendText("{\"id\":0,\"method\":\"Browser.close\"}", true).get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing anyway
        }
        socket.abort();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch(JsonNode message) {
        if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
            if (reply != null) {
                reply.complete(message);
            }
            return;
        }
        String method = message.path("method").asText();
        JsonNode p = message.path("params");
        switch (method) {
            case "Page.loadEventFired":
                loaded.complete(null);
                break;
            case "Runtime.exceptionThrown":
                errors.add("exception: " + p.path("exceptionDetails").path("exception").path("description")
                        .asText(p.path("exceptionDetails").path("text").asText()));
                break;
            case "Runtime.consoleAPICalled":
                String type = p.path("type").asText();
                if (type.equals("error") || type.equals("assert")) {
                    errors.add("console." + type + ": " + p.path("args"));
                }
                break;
            case "Log.entryAdded":
                if (p.path("entry").path("level").asText().equals("error")) {
                    errors.add("log: " + p.path("entry").path("text").asText() + " "
                            + p.path("entry").path("url").asText());
                }
                break;
            case "Network.requestWillBeSent":
                requests.add(p.path("request").path("url").asText());
                break;
            default:
                break;
        }
    }

    /** Gathers message fragments and hands whole messages to the browser object. */
    private static final class Listener implements WebSocket.Listener {
        private final HeadlessChromium[] owner;
        private final StringBuilder buffer = new StringBuilder();
        private final List<JsonNode> early = new ArrayList<>();

        Listener(HeadlessChromium[] owner) {
            this.owner = owner;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                try {
                    JsonNode message = MAPPER.readTree(buffer.toString());
                    if (owner[0] == null) {
                        early.add(message);
                    } else {
                        early.forEach(owner[0]::dispatch);
                        early.clear();
                        owner[0].dispatch(message);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("bad DevTools message", e);
                } finally {
                    buffer.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
