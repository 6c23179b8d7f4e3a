package org.chronoline.io.timelinejs;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.chronoline.internal.ArticleIndex;
import org.chronoline.internal.ConflictText;
import org.chronoline.internal.Html;
import org.chronoline.internal.JsonOutput;
import org.chronoline.io.TimeLabels;
import org.chronoline.io.TimelineWriter;
import org.chronoline.model.ArticleInfo;
import org.chronoline.model.Conflict;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.chronoline.model.Granularity;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Timeline;

/**
 * Writes a timeline as the JSON of Knight Lab's TimelineJS3 ({@code new TL.Timeline(id, data)}):
 * a title slide and one slide per event with a calendar extent (events whose time has none, such as
 * "every Tuesday", cannot be placed and are left out).
 *
 * <p>Dates are given only as precisely as the text gave them: a month is {@code {year, month}}, a
 * week or a season a range with a {@code display_date} ("week of Oct 6, 2025", "Fall 2025"), never a
 * made-up day. The slide text lists every mention with its source and article, HTML-escaped, and the
 * conflicts between sources. The output is described by {@value #SCHEMA} next to this class.
 *
 * <p>Immutable and thread-safe; the same timeline always gives the same bytes.
 */
public final class TimelineJsWriter implements TimelineWriter {

    /** The JSON Schema resource of the output, relative to this class. */
    public static final String SCHEMA = "timelinejs.schema.json";

    /** The {@code group} of an event reported by more than one source. */
    public static final String SEVERAL_SOURCES = "several sources";

    private final String title;

    private TimelineJsWriter(String title) {
        this.title = title;
    }

    /** A writer whose title slide says how many events and articles the timeline has. */
    public static TimelineJsWriter create() {
        return new TimelineJsWriter(null);
    }

    /** A copy whose title slide has this headline. */
    public TimelineJsWriter withTitle(String headline) {
        return new TimelineJsWriter(Objects.requireNonNull(headline, "headline"));
    }

    @Override
    public void write(Timeline timeline, OutputStream out) throws IOException {
        ArticleIndex articles = ArticleIndex.of(timeline);
        try (JsonGenerator g = JsonOutput.generator(out, true)) {
            g.writeStartObject();
            g.writeObjectFieldStart("title");
            g.writeObjectFieldStart("text");
            g.writeStringField("headline", Html.escape(title == null ? "Timeline" : title));
            g.writeStringField("text", Html.escape(summary(timeline)));
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("events");
            for (Event e : timeline.events()) {
                if (e.time().isAnchored()) {
                    writeSlide(g, e, articles);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static String summary(Timeline t) {
        return t.events().size() + (t.events().size() == 1 ? " event" : " events") + " reported by "
                + t.articles().size() + (t.articles().size() == 1 ? " article" : " articles")
                + ", reconstructed by Chronoline.";
    }

    private static void writeSlide(JsonGenerator g, Event e, ArticleIndex articles) throws IOException {
        ResolvedTime t = e.time();
        Precision p = Precision.of(t.granularity());
        String label = TimeLabels.label(t);
        g.writeStartObject();
        g.writeFieldName("start_date");
        writeDate(g, t.start(), p, label);
        if (!p.same(t.start(), t.end())) {
            g.writeFieldName("end_date");
            writeDate(g, t.end(), p, null);
        }
        g.writeStringField("display_date", label);
        g.writeObjectFieldStart("text");
        g.writeStringField("headline", Html.escape(e.label()));
        g.writeStringField("text", slideText(e, label, articles));
        g.writeEndObject();
        List<String> sources = articles.sources(e);
        g.writeStringField("group", sources.size() == 1 ? sources.get(0) : SEVERAL_SOURCES);
        g.writeStringField("unique_id", e.id());
        g.writeEndObject();
    }

    private static void writeDate(JsonGenerator g, LocalDateTime t, Precision p, String display) throws IOException {
        g.writeStartObject();
        g.writeNumberField("year", t.getYear());
        if (p.compareTo(Precision.MONTH) >= 0) {
            g.writeNumberField("month", t.getMonthValue());
        }
        if (p.compareTo(Precision.DAY) >= 0) {
            g.writeNumberField("day", t.getDayOfMonth());
        }
        if (p.compareTo(Precision.HOUR) >= 0) {
            g.writeNumberField("hour", t.getHour());
        }
        if (p.compareTo(Precision.MINUTE) >= 0) {
            g.writeNumberField("minute", t.getMinute());
        }
        if (p.compareTo(Precision.SECOND) >= 0) {
            g.writeNumberField("second", t.getSecond());
        }
        if (display != null) {
            g.writeStringField("display_date", display);
        }
        g.writeEndObject();
    }

    /** The slide body: when, conflicts, participants, then every mention with its source. */
    private static String slideText(Event e, String label, ArticleIndex articles) {
        StringBuilder sb = new StringBuilder();
        sb.append("<p><b>When:</b> ").append(Html.escape(label));
        if (!label.equals(e.time().value())) {
            sb.append(" <small>(").append(Html.escape(e.time().value())).append(")</small>");
        }
        sb.append("</p>");
        for (Conflict c : e.conflicts()) {
            sb.append("<p class=\"conflict\"><b>").append(Html.escape(ConflictText.heading(c))).append(":</b> ");
            for (int i = 0; i < c.claims().size(); i++) {
                sb.append(i == 0 ? "" : " <i>vs</i> ").append(Html.escape(ConflictText.claim(c.claims().get(i))));
            }
            sb.append("</p>");
        }
        if (!e.participants().isEmpty()) {
            sb.append("<p><b>Participants:</b> ").append(Html.escape(String.join(", ", e.participants())))
                    .append("</p>");
        }
        sb.append("<ul>");
        for (EventMention m : e.mentions()) {
            sb.append("<li>").append(Html.escape(m.sentence().text().strip())).append("<br><small>— <i>")
                    .append(Html.escape(articles.source(m.article()))).append("</i>");
            ArticleInfo a = articles.get(m.article());
            if (a != null && a.title() != null) {
                sb.append(", ");
                if (Html.isSafeLink(a.url())) {
                    sb.append("<a href=\"").append(Html.escape(a.url().strip())).append("\">")
                            .append(Html.escape(a.title())).append("</a>");
                } else {
                    sb.append(Html.escape(a.title()));
                }
            }
            if (m.expression() != null) {
                sb.append(" (“").append(Html.escape(m.expression().text())).append("”)");
            }
            sb.append("</small></li>");
        }
        sb.append("</ul>");
        return sb.toString();
    }

    /** The finest date field a granularity fills, coarsest first. */
    private enum Precision {
        YEAR, MONTH, DAY, HOUR, MINUTE, SECOND;

        static Precision of(Granularity g) {
            switch (g) {
                case SECOND:
                    return SECOND;
                case MINUTE:
                    return MINUTE;
                case HOUR:
                    return HOUR;
                case PART_OF_DAY:
                case DAY:
                case WEEKEND:
                case WEEK:
                case UNSPECIFIED:
                    return DAY;
                case MONTH:
                case QUARTER:
                case SEASON:
                case HALF_YEAR:
                    return MONTH;
                default:
                    return YEAR;
            }
        }

        /** Whether two instants fall on the same date at this precision. */
        boolean same(LocalDateTime a, LocalDateTime b) {
            boolean same = a.getYear() == b.getYear();
            same &= compareTo(MONTH) < 0 || a.getMonthValue() == b.getMonthValue();
            same &= compareTo(DAY) < 0 || a.getDayOfMonth() == b.getDayOfMonth();
            same &= compareTo(HOUR) < 0 || a.getHour() == b.getHour();
            same &= compareTo(MINUTE) < 0 || a.getMinute() == b.getMinute();
            return same && (compareTo(SECOND) < 0 || a.getSecond() == b.getSecond());
        }
    }
}
