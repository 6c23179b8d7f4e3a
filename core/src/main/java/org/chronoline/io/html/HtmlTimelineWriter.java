package org.chronoline.io.html;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.chronoline.internal.ArticleIndex;
import org.chronoline.internal.ConflictText;
import org.chronoline.internal.Html;
import org.chronoline.internal.JsonOutput;
import org.chronoline.io.TimeLabels;
import org.chronoline.io.TimelineWriter;
import org.chronoline.model.ArticleInfo;
import org.chronoline.model.Conflict;
import org.chronoline.model.Diagnostic;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Timeline;

/**
 * Writes a timeline as one self-contained HTML page: an interactive time axis (zoom with the wheel
 * or buttons, pan by dragging, a details panel with each event's mentions and sources on click,
 * vague times drawn as bars, conflicts marked) above a plain list of every event with its mentions
 * that is rendered here, on the server side, and so reads without JavaScript.
 *
 * <p>Everything is inline (the script and style are Chronoline's own, {@code view.js} and
 * {@code view.css} next to this class); the page makes no network request. The data for the axis is
 * embedded as JSON in a {@code <script type="application/json" id="chronoline-data">} element, with
 * {@code <}, {@code >} and {@code &} escaped so no text can end the element. The axis only draws the
 * events in view, in a bounded number of lanes, and gathers the rest into counted clusters, so pages of
 * thousands of events stay responsive.
 *
 * <p>Immutable and thread-safe; the same timeline always gives the same bytes.
 */
public final class HtmlTimelineWriter implements TimelineWriter {

    /** The farthest year either side of the era that the page's script can place. */
    private static final int MAX_SCRIPT_YEAR = 270_000;

    /** The id of the element holding the embedded data. */
    public static final String DATA_ELEMENT_ID = "chronoline-data";

    /** Diagnostics listed on the page; the rest are counted. */
    static final int MAX_DIAGNOSTICS = 200;

    private static final String CSS = resource("view.css");
    private static final String JS = resource("view.js");

    private final String title;

    private HtmlTimelineWriter(String title) {
        this.title = title;
    }

    /** A writer whose page is titled "Timeline". */
    public static HtmlTimelineWriter create() {
        return new HtmlTimelineWriter("Timeline");
    }

    /** A copy whose page has this title. */
    public HtmlTimelineWriter withTitle(String value) {
        return new HtmlTimelineWriter(Objects.requireNonNull(value, "value"));
    }

    @Override
    public void write(Timeline timeline, OutputStream out) throws IOException {
        ArticleIndex articles = ArticleIndex.of(timeline);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        String t = Html.escape(title);
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<meta name=\"generator\" content=\"Chronoline\">\n");
        // no favicon request: the page makes no request at all
        w.write("<link rel=\"icon\" href=\"data:,\">\n");
        w.write("<title>" + t + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
        w.write("<header class=\"page-head\">\n<h1>" + t + "</h1>\n<p class=\"summary\">"
                + Html.escape(summary(timeline)) + "</p>\n</header>\n");
        w.write("<section id=\"timeline-view\" class=\"timeline-view\" aria-label=\"Time axis\" hidden></section>\n");
        w.write("<noscript><p class=\"noscript\">The interactive time axis needs JavaScript; every event is in the "
                + "list below.</p></noscript>\n");
        writeList(w, timeline, articles);
        w.write("<script type=\"application/json\" id=\"" + DATA_ELEMENT_ID + "\">");
        w.flush();
        writeData(w, timeline, articles);
        w.write("</script>\n<script>\n" + JS + "</script>\n</body>\n</html>\n");
        w.flush();
    }

    private static String summary(Timeline timeline) {
        int n = timeline.events().size();
        int a = timeline.articles().size();
        StringBuilder sb = new StringBuilder();
        sb.append(n).append(n == 1 ? " event" : " events").append(" reported by ").append(a)
                .append(a == 1 ? " article" : " articles");
        OffsetDateTime first = null;
        OffsetDateTime last = null;
        TreeSet<String> sources = new TreeSet<>();
        for (ArticleInfo info : timeline.articles()) {
            if (first == null || info.published().isBefore(first)) {
                first = info.published();
            }
            if (last == null || info.published().isAfter(last)) {
                last = info.published();
            }
            if (info.source() != null && !info.source().isBlank()) {
                sources.add(info.source());
            }
        }
        if (first != null) {
            String from = TimeLabels.day(first.toLocalDate());
            String to = TimeLabels.day(last.toLocalDate());
            sb.append(", published ").append(from.equals(to) ? from : from + " – " + to);
        }
        if (!sources.isEmpty()) {
            List<String> names = List.copyOf(sources);
            sb.append(". Sources: ").append(String.join(", ", names.subList(0, Math.min(8, names.size()))));
            if (names.size() > 8) {
                sb.append(" and ").append(names.size() - 8).append(" more");
            }
        }
        return sb.append('.').toString();
    }

    /** The list view: every event with its mentions, readable without script. */
    private static void writeList(Writer w, Timeline timeline, ArticleIndex articles) throws IOException {
        w.write("<main id=\"event-list\" class=\"event-list\">\n<h2>Events</h2>\n");
        if (timeline.events().isEmpty()) {
            w.write("<p class=\"empty\">No dated events were found in these articles.</p>\n");
        } else {
            w.write("<ol class=\"events\">\n");
            for (Event e : timeline.events()) {
                writeListEvent(w, e, articles);
            }
            w.write("</ol>\n");
        }
        if (!timeline.undated().isEmpty()) {
            w.write("<section class=\"undated\">\n<h2>Undated reports</h2>\n<ul class=\"mentions\">\n");
            for (EventMention m : timeline.undated()) {
                writeListMention(w, m, articles);
            }
            w.write("</ul>\n</section>\n");
        }
        writeDiagnostics(w, timeline);
        w.write("</main>\n");
    }

    /** What could not be read or resolved, folded away: a reader should know the timeline has gaps. */
    private static void writeDiagnostics(Writer w, Timeline timeline) throws IOException {
        List<Diagnostic> problems = new ArrayList<>();
        for (Diagnostic d : timeline.diagnostics()) {
            if (d.severity() != Diagnostic.Severity.INFO) {
                problems.add(d);
            }
        }
        if (problems.isEmpty()) {
            return;
        }
        w.write("<details class=\"diagnostics\">\n<summary>" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems")
                + " reading or dating the articles</summary>\n<ul>\n");
        int shown = Math.min(problems.size(), MAX_DIAGNOSTICS);
        for (int i = 0; i < shown; i++) {
            Diagnostic d = problems.get(i);
            w.write("<li><span class=\"severity\">" + d.severity().name().toLowerCase(Locale.ROOT) + "</span> "
                    + Html.escape(d.toString()) + "</li>\n");
        }
        if (problems.size() > shown) {
            w.write("<li>… and " + (problems.size() - shown) + " more (see the timeline JSON)</li>\n");
        }
        w.write("</ul>\n</details>\n");
    }

    private static void writeListEvent(Writer w, Event e, ArticleIndex articles) throws IOException {
        ResolvedTime t = e.time();
        StringBuilder cls = new StringBuilder("event");
        cls.append(TimeLabels.isVague(t) ? " vague" : " exact");
        if (!e.conflicts().isEmpty()) {
            cls.append(" conflict");
        }
        if (!t.isAnchored()) {
            cls.append(" unplaced");
        }
        w.write("<li class=\"" + cls + "\" id=\"event-" + Html.escape(e.id()) + "\" data-event=\""
                + Html.escape(e.id()) + "\">\n");
        w.write("<p class=\"when\">");
        String label = Html.escape(TimeLabels.label(t));
        if (t.isAnchored()) {
            w.write("<time datetime=\"" + Html.escape(JsonOutput.dateTime(t.start(), t.granularity().hasTimeOfDay()))
                    + "\">" + label + "</time>");
        } else {
            w.write(label);
        }
        if (!t.value().equals(TimeLabels.label(t))) {
            w.write(" <span class=\"value\">" + Html.escape(t.value()) + "</span>");
        }
        if (!t.isAnchored()) {
            w.write(" <span class=\"tag\">not on the time axis</span>");
        }
        if (!e.conflicts().isEmpty()) {
            w.write(" <span class=\"tag tag-conflict\">conflicting reports</span>");
        }
        w.write("</p>\n<h3>" + Html.escape(e.label()) + "</h3>\n");
        for (Conflict c : e.conflicts()) {
            w.write("<p class=\"conflict-note\"><strong>" + Html.escape(ConflictText.heading(c)) + ":</strong> ");
            for (int i = 0; i < c.claims().size(); i++) {
                w.write((i == 0 ? "" : " <em>vs</em> ") + Html.escape(ConflictText.claim(c.claims().get(i))));
            }
            w.write("</p>\n");
        }
        if (!e.participants().isEmpty()) {
            w.write("<p class=\"participants\">Participants: " + Html.escape(String.join(", ", e.participants()))
                    + "</p>\n");
        }
        w.write("<ul class=\"mentions\">\n");
        for (EventMention m : e.mentions()) {
            writeListMention(w, m, articles);
        }
        w.write("</ul>\n</li>\n");
    }

    private static void writeListMention(Writer w, EventMention m, ArticleIndex articles) throws IOException {
        w.write("<li><blockquote>" + highlighted(m) + "</blockquote>\n<p class=\"cite\">— <cite>"
                + Html.escape(articles.source(m.article())) + "</cite>");
        ArticleInfo a = articles.get(m.article());
        if (a != null) {
            if (a.title() != null) {
                w.write(", ");
                if (Html.isSafeLink(a.url())) {
                    w.write("<a href=\"" + Html.escape(a.url().strip()) + "\">" + Html.escape(a.title()) + "</a>");
                } else {
                    w.write("<span class=\"title\">" + Html.escape(a.title()) + "</span>");
                }
            }
            w.write(", published <time datetime=\"" + a.published().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    + "\">" + TimeLabels.day(a.published().toLocalDate()) + "</time>");
        }
        w.write(" <span class=\"article-id\">[" + Html.escape(m.article()) + "]</span></p></li>\n");
    }

    /** The sentence, escaped, with the temporal expression in a {@code <mark>}. */
    private static String highlighted(EventMention m) {
        String s = m.sentence().text().strip();
        int at = expressionOffset(m);
        if (at < 0) {
            return Html.escape(s);
        }
        int end = at + m.expression().text().length();
        return Html.escape(s.substring(0, at)) + "<mark>" + Html.escape(s.substring(at, end)) + "</mark>"
                + Html.escape(s.substring(end));
    }

    /**
     * Where the mention's temporal expression starts in its stripped sentence, from the offsets (so
     * "April" in "Judge April Perry ... in April" is the right one), or -1 when there is none.
     */
    static int expressionOffset(EventMention m) {
        if (m.expression() == null || m.expression().text().isEmpty()) {
            return -1;
        }
        String raw = m.sentence().text();
        String s = raw.strip();
        String x = m.expression().text();
        int lead = raw.indexOf(s);
        int at = m.expression().span().start() - m.sentence().span().start() - lead;
        if (at >= 0 && at + x.length() <= s.length() && s.startsWith(x, at)) {
            return at;
        }
        return s.indexOf(x);
    }

    /** The data the axis script reads: articles and events, times as UTC epoch milliseconds. */
    private static void writeData(Writer w, Timeline timeline, ArticleIndex articles) throws IOException {
        try (JsonGenerator g = JsonOutput.scriptSafeGenerator(w)) {
            g.writeStartObject();
            g.writeArrayFieldStart("articles");
            List<ArticleInfo> list = timeline.articles();
            for (ArticleInfo a : list) {
                g.writeStartObject();
                g.writeStringField("id", a.id());
                g.writeStringField("source", articles.source(a.id()));
                g.writeStringField("title", a.title());
                g.writeStringField("url", Html.isSafeLink(a.url()) ? a.url().strip() : null);
                g.writeStringField("published", TimeLabels.day(a.published().toLocalDate()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (Event e : timeline.events()) {
                writeDataEvent(g, e, articles);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeDataEvent(JsonGenerator g, Event e, ArticleIndex articles) throws IOException {
        ResolvedTime t = e.time();
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("label", e.label());
        g.writeStringField("when", TimeLabels.label(t));
        g.writeStringField("value", t.value());
        g.writeStringField("granularity", t.granularity().name());
        g.writeStringField("placement", e.placement().name());
        if (t.isAnchored() && inScriptRange(t)) {
            g.writeNumberField("start", millis(t.start()));
            boolean point = TimeLabels.isPoint(t);
            // A range ends where its last day (or its last instant, for times of day) ends.
            LocalDateTime end = point ? t.start()
                    : t.granularity().hasTimeOfDay() ? t.end() : t.endDate().plusDays(1).atStartOfDay();
            g.writeNumberField("end", millis(end));
            g.writeBooleanField("point", point);
        } else {
            g.writeNullField("start");
            g.writeNullField("end");
            g.writeBooleanField("point", false);
        }
        g.writeBooleanField("vague", TimeLabels.isVague(t));
        g.writeArrayFieldStart("participants");
        for (String p : e.participants()) {
            g.writeString(p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sources");
        for (String s : articles.sources(e)) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("mentions");
        for (EventMention m : e.mentions()) {
            g.writeStartObject();
            g.writeStringField("article", m.article());
            g.writeStringField("sentence", m.sentence().text().strip());
            g.writeStringField("expression", m.expression() == null ? null : m.expression().text());
            g.writeNumberField("at", expressionOffset(m));
            g.writeStringField("value", m.time() == null ? null : m.time().value());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("conflicts");
        for (Conflict c : e.conflicts()) {
            g.writeStartObject();
            g.writeStringField("heading", ConflictText.heading(c));
            g.writeArrayFieldStart("claims");
            for (Conflict.Claim claim : c.claims()) {
                g.writeString(ConflictText.claim(claim));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Whether the script's dates can hold the time (JavaScript's reach 275,760 years either side of
     * 1970); one beyond them, made through the API, is listed without a place on the axis.
     */
    private static boolean inScriptRange(ResolvedTime t) {
        return Math.abs(t.start().getYear()) <= MAX_SCRIPT_YEAR && Math.abs(t.end().getYear()) <= MAX_SCRIPT_YEAR;
    }

    private static long millis(LocalDateTime t) {
        return t.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlTimelineWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + HtmlTimelineWriter.class);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.contains("</")) {
                throw new IllegalStateException(name + " must not contain '</': it is inlined in the page");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
