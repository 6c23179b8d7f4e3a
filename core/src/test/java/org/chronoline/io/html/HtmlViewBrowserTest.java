package org.chronoline.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.chronoline.Chronoline;
import org.chronoline.Fixtures;
import org.chronoline.io.SampleTimelines;
import org.chronoline.io.Schemas;
import org.chronoline.model.Event;
import org.chronoline.model.Timeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML view in a real headless Chromium (served from 127.0.0.1 by the JDK's HTTP server;
 * nothing leaves the machine), checks that every event is drawn or counted in a cluster, clicks
 * events and clusters, zooms and pans, and fails on any JavaScript error or any request other than
 * the page itself. Screenshots go to {@code target/html-view-*.png}. Skipped when no Chromium is
 * installed ({@code apt-get install chromium}, or set {@code CHROMIUM} to the binary).
 */
class HtmlViewBrowserTest {

    private static final int WIDTH = 1360;
    private static final int HEIGHT = 1000;

    @TempDir
    static Path temp;

    private static HeadlessChromium browser;
    private static HttpServer server;
    private static final Map<String, byte[]> PAGES = new ConcurrentHashMap<>();

    @BeforeAll
    static void startBrowser() throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        Assumptions.assumeTrue(chromium.isPresent(),
                "no Chromium found (chromium, chromium-browser or google-chrome on the PATH, or $CHROMIUM): "
                        + "skipping the browser test of the HTML view");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = PAGES.get(exchange.getRequestURI().getPath());
            if (page == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page);
                }
            }
            exchange.close();
        });
        server.start();
        browser = HeadlessChromium.start(chromium.get(), temp.resolve("profile"), WIDTH, HEIGHT);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @AfterEach
    void noScriptErrors() {
        if (browser != null) {
            assertThat(browser.errors()).as("JavaScript errors").isEmpty();
        }
    }

    /** Publishes the page, opens it and waits for the first render; returns the load time in ms. */
    private static long open(String name, Timeline timeline) {
        String path = "/" + name + ".html";
        PAGES.put(path, Schemas.write(HtmlTimelineWriter.create().withTitle("Chronoline: " + name), timeline)
                .getBytes(StandardCharsets.UTF_8));
        browser.clearLogs();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + path;
        long millis = browser.navigate(url);
        assertThat(browser.evaluate("document.documentElement.getAttribute('data-chronoline-ready')").asText())
                .isEqualTo("true");
        assertThat(browser.requests()).as("the page requests nothing but itself").containsOnly(url);
        return millis;
    }

    /** The ids of the events drawn on the axis, as items or inside clusters, once it shows them all. */
    private static Set<String> onTheAxis() {
        browser.evaluate("window.chronoline.fit()");
        settle();
        JsonNode ids = browser.evaluate("Array.from(document.querySelectorAll('.items [data-event], .items "
                + "[data-events]')).map(n => n.getAttribute('data-event') || n.getAttribute('data-events'))"
                + ".join(' ')");
        Set<String> out = new TreeSet<>();
        for (String id : ids.asText().split(" ")) {
            if (!id.isEmpty()) {
                out.add(id);
            }
        }
        return out;
    }

    private static Set<String> placedIds(Timeline t) {
        Set<String> out = new TreeSet<>();
        for (Event e : t.events()) {
            if (e.time().isAnchored()) {
                out.add(e.id());
            }
        }
        return out;
    }

    private static void assertListHasEveryEvent(Timeline t) {
        assertThat(browser.evaluate("document.querySelectorAll('#event-list .event').length").asInt())
                .isEqualTo(t.events().size());
    }

    /** Clicks the centre of the first element matching {@code selector} with a real mouse. */
    private static void clickOn(String selector) {
        JsonNode box = browser.evaluate("(() => { const n = document.querySelector(" + quote(selector) + ");"
                + " n.scrollIntoView({block: 'center'}); const r = (n.querySelector('.dot, .label') || n)"
                + ".getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        browser.click(box.get("x").asDouble(), box.get("y").asDouble());
        settle();
    }

    /** Waits until the view has drawn what the last action asked for. */
    private static void settle() {
        browser.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void seedPageRendersEveryEventAndShowsMentionsOnClick() throws IOException {
        Timeline t = Chronoline.create().timeline(Fixtures.seedArticles());
        open("seeds", t);
        assertListHasEveryEvent(t);
        assertThat(onTheAxis()).isEqualTo(placedIds(t));
        browser.evaluate("window.chronoline.focus()");
        settle();
        if (!placedIds(t).isEmpty()) {
            String id = browser.evaluate("document.querySelector('.items .item').getAttribute('data-event')")
                    .asText();
            clickOn(".items .item[data-event='" + id + "']");
            Event event = t.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
            JsonNode mentions = browser.evaluate("Array.from(document.querySelectorAll('.details .mention'))"
                    + ".map(m => m.querySelector('blockquote').textContent)");
            assertThat(mentions).hasSize(event.mentions().size());
            for (int i = 0; i < mentions.size(); i++) {
                assertThat(mentions.get(i).asText()).isEqualTo(event.mentions().get(i).sentence().text().strip());
            }
        }
        browser.evaluate("window.scrollTo(0, 0)");
        browser.screenshot(Path.of("target", "html-view-seeds.png"));
    }

    @Test
    void handMadePageShowsConflictsRangesAndMentions() throws IOException {
        Timeline t = SampleTimelines.handMade();
        open("hand-made", t);
        assertListHasEveryEvent(t);
        assertThat(onTheAxis()).isEqualTo(placedIds(t));
        assertThat(browser.evaluate("document.querySelector(\".item[data-event='e2']\").className").asText())
                .isEqualTo("item range vague");
        assertThat(browser.evaluate("document.querySelector(\".item[data-event='e3']\").className").asText())
                .isEqualTo("item point exact conflict");
        assertThat(browser.evaluate("document.querySelector(\".item[data-event='e2'] .bar\")"
                + ".getBoundingClientRect().width").asDouble()).as("a week is drawn as a bar").isGreaterThan(20);

        clickOn(".items .item[data-event='e3']");
        JsonNode details = browser.evaluate("({h: document.querySelector('.details h2').textContent,"
                + " mentions: Array.from(document.querySelectorAll('.details .mention')).map(m => m.textContent),"
                + " conflict: document.querySelector('.details .conflict-note').textContent,"
                + " selected: document.querySelectorAll('.item.selected').length})");
        assertThat(details.get("h").asText()).isEqualTo("DHS warned of bounties " + SampleTimelines.NASTY);
        assertThat(details.get("mentions")).hasSize(2);
        assertThat(details.get("mentions").get(0).asText()).contains("warned Tuesday").contains("Example News");
        assertThat(details.get("mentions").get(1).asText()).contains("October 15, 2025").contains("a2");
        assertThat(details.get("conflict").asText()).startsWith("Sources disagree on the date");
        assertThat(details.get("selected").asInt()).isEqualTo(1);
        assertThat(browser.evaluate("document.scripts.length").asInt()).as("no injected script").isEqualTo(2);

        // from the details, step to the earlier event in time order
        clickOn(".details button.prev");
        assertThat(browser.evaluate("document.querySelector('.details h2').textContent").asText())
                .isEqualTo("Agents deployed");

        // the filter keeps matching events on the axis and in the list
        browser.evaluate("document.querySelector('.toolbar .filter').focus()");
        browser.send("Input.insertText", HeadlessChromium.params().put("text", "bounties tuesday"));
        settle();
        assertThat(onTheAxis()).containsExactly("e3");
        assertThat(browser.evaluate("Array.from(document.querySelectorAll('#event-list .event'))"
                + ".filter(e => !e.hidden).map(e => e.id).join(' ')").asText()).isEqualTo("event-e3");
        browser.evaluate("window.chronoline.filter('')");
        settle();
        assertThat(onTheAxis()).isEqualTo(placedIds(t));
        clickOn(".items .item[data-event='e3']");
        browser.evaluate("window.scrollTo(0, 0)");
        browser.screenshot(Path.of("target", "html-view-hand-made.png"));
    }

    @Test
    void withoutJavaScriptTheListShowsEveryEventAndTheAxisStaysHidden() throws IOException {
        Timeline t = SampleTimelines.handMade();
        String path = "/no-script.html";
        PAGES.put(path, Schemas.write(HtmlTimelineWriter.create(), t).getBytes(StandardCharsets.UTF_8));
        browser.clearLogs();
        browser.send("Emulation.setScriptExecutionDisabled", HeadlessChromium.params().put("value", true));
        try {
            browser.navigate("http://127.0.0.1:" + server.getAddress().getPort() + path);
            JsonNode page = browser.evaluate("({ready: document.documentElement.getAttribute('data-chronoline-ready'),"
                    + " axis: document.getElementById('timeline-view').getBoundingClientRect().height,"
                    + " events: Array.from(document.querySelectorAll('#event-list .event'))"
                    + ".filter(e => e.getBoundingClientRect().height > 0).length,"
                    + " mentions: document.querySelectorAll('#event-list .event .mentions li').length,"
                    + " noscript: document.querySelector('noscript') !== null})");
            assertThat(page.get("ready").isNull()).as("the view script did not run").isTrue();
            assertThat(page.get("axis").asDouble()).as("the empty axis is hidden").isZero();
            assertThat(page.get("events").asInt()).isEqualTo(t.events().size());
            assertThat(page.get("mentions").asInt()).isEqualTo(5);
            browser.screenshot(Path.of("target", "html-view-no-script.png"));
        } finally {
            browser.send("Emulation.setScriptExecutionDisabled", HeadlessChromium.params().put("value", false));
        }
    }

    @Test
    void onANarrowScreenThePageDoesNotOverflowSideways() throws IOException {
        browser.send("Emulation.setDeviceMetricsOverride", HeadlessChromium.params().put("width", 400)
                .put("height", 860).put("deviceScaleFactor", 1).put("mobile", true));
        try {
            Timeline t = Chronoline.create().timeline(Fixtures.seedArticles());
            open("narrow", t);
            assertThat(browser.evaluate("document.documentElement.scrollWidth").asInt()).isLessThanOrEqualTo(400);
            assertThat(onTheAxis()).isEqualTo(placedIds(t));
            browser.evaluate("window.chronoline.focus()");
            settle();
            browser.screenshot(Path.of("target", "html-view-narrow.png"));
        } finally {
            browser.send("Emulation.clearDeviceMetricsOverride", HeadlessChromium.params());
        }
    }

    @Test
    void twoThousandEventPageLoadsFastAndStaysUsable() throws IOException {
        Timeline t = SampleTimelines.generated(2_000, 1);
        long load = open("generated-2000", t);
        JsonNode stats = browser.evaluate("window.chronoline.stats");
        int nodes = browser.evaluate("document.querySelectorAll('.items *').length").asInt();
        System.out.printf("HTML view, 2,000 events: load %d ms, first axis render %.1f ms, %d items drawn, "
                        + "%d clusters, %d nodes on the axis%n", load, stats.get("lastRenderMs").asDouble(),
                stats.get("drawnItems").asInt(), stats.get("clusters").asInt(), nodes);
        assertThat(load).as("load time in ms").isLessThan(15_000);
        assertThat(nodes).as("the axis stays small").isLessThan(1_000);
        assertListHasEveryEvent(t);
        assertThat(onTheAxis()).isEqualTo(placedIds(t));

        // zoom with the wheel over the middle of the axis, then drag to pan
        JsonNode stage = browser.evaluate("(() => { const r = document.querySelector('.stage')"
                + ".getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        double x = stage.get("x").asDouble();
        double y = stage.get("y").asDouble();
        JsonNode before = browser.evaluate("window.chronoline.view()");
        browser.wheel(x, y, -600);
        settle();
        JsonNode zoomed = browser.evaluate("window.chronoline.view()");
        assertThat(zoomed.get("end").asDouble() - zoomed.get("start").asDouble())
                .isLessThan(before.get("end").asDouble() - before.get("start").asDouble());
        browser.mouse("mousePressed", x, y - 150, 1);
        browser.mouse("mouseMoved", x + 60, y - 150, 1);
        browser.mouse("mouseMoved", x + 200, y - 150, 1);
        browser.mouse("mouseReleased", x + 200, y - 150, 0);
        settle();
        JsonNode panned = browser.evaluate("window.chronoline.view()");
        assertThat(panned.get("start").asDouble()).as("dragging right shows earlier times")
                .isLessThan(zoomed.get("start").asDouble());

        // zoom in further with the button and time the renders
        List<Double> renders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clickOn("button.zoom-in");
            settle();
            renders.add(browser.evaluate("window.chronoline.stats.lastRenderMs").asDouble());
        }
        System.out.println("HTML view, 2,000 events: renders after zooming in (ms): " + renders);
        assertThat(renders).allSatisfy(ms -> assertThat(ms).isLessThan(500));

        // a cluster zooms in; an item shows its mentions
        browser.evaluate("window.chronoline.fit()");
        settle();
        if (browser.evaluate("document.querySelectorAll('.cluster').length").asInt() > 0) {
            JsonNode fitted = browser.evaluate("window.chronoline.view()");
            clickOn(".cluster");
            settle();
            JsonNode into = browser.evaluate("window.chronoline.view()");
            assertThat(into.get("end").asDouble() - into.get("start").asDouble())
                    .isLessThan(fitted.get("end").asDouble() - fitted.get("start").asDouble());
        }
        browser.evaluate("window.chronoline.focus()");
        settle();
        String id = browser.evaluate("document.querySelectorAll('.items .item')[5].getAttribute('data-event')")
                .asText();
        clickOn(".items .item[data-event='" + id + "']");
        int expected = t.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().mentions().size();
        assertThat(browser.evaluate("document.querySelectorAll('.details .mention').length").asInt())
                .isEqualTo(expected);
        browser.evaluate("window.scrollTo(0, 0)");
        browser.screenshot(Path.of("target", "html-view-2000.png"));
    }
}
