package org.chronoline.io.vis;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.chronoline.internal.ArticleIndex;
import org.chronoline.internal.ConflictText;
import org.chronoline.internal.Html;
import org.chronoline.internal.JsonOutput;
import org.chronoline.io.TimeLabels;
import org.chronoline.io.TimelineWriter;
import org.chronoline.model.Conflict;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Timeline;

/**
 * Writes a timeline as data for vis-timeline: {@code {"items": [...], "groups": [...]}}, ready for
 * {@code new vis.Timeline(element, new vis.DataSet(data.items), data.groups)}.
 *
 * <p>An event known to a day or finer is a {@code point} item; a wider one ("last week", "this
 * fall") is a {@code range} item whose {@code end} is exclusive (the day after its last day), so the
 * bar covers the whole range. {@code className} is {@code exact} or {@code vague} (a range, or a
 * qualified time such as "about" or "early"), plus {@code conflict} when the sources disagree.
 * {@code content} and {@code title} are HTML with the text escaped. Events with no calendar extent
 * ("every Tuesday") are left out. The output is described by {@value #SCHEMA} next to this class.
 *
 * <p>Immutable and thread-safe; the same timeline always gives the same bytes.
 */
public final class VisTimelineWriter implements TimelineWriter {

    /** The JSON Schema resource of the output, relative to this class. */
    public static final String SCHEMA = "vis.schema.json";

    /** What the groups (the rows of the timeline) are. */
    public enum GroupBy {
        /**
         * One group per source (an article's source, or its id when the source is unknown), sorted
         * by name; an event reported by three sources is an item in each of their rows, with the id
         * {@code EVENT@SOURCE}. The default.
         */
        SOURCE,
        /** One group per event, in timeline order; one item per event, with the event's id. */
        EVENT
    }

    private final GroupBy groupBy;

    private VisTimelineWriter(GroupBy groupBy) {
        this.groupBy = groupBy;
    }

    /** A writer grouping by {@link GroupBy#SOURCE source}. */
    public static VisTimelineWriter create() {
        return new VisTimelineWriter(GroupBy.SOURCE);
    }

    /** A copy that groups the items by {@code value}. */
    public VisTimelineWriter groupBy(GroupBy value) {
        return new VisTimelineWriter(Objects.requireNonNull(value, "value"));
    }

    public GroupBy groupBy() {
        return groupBy;
    }

    @Override
    public void write(Timeline timeline, OutputStream out) throws IOException {
        ArticleIndex articles = ArticleIndex.of(timeline);
        List<Event> placed = new ArrayList<>();
        for (Event e : timeline.events()) {
            if (e.time().isAnchored()) {
                placed.add(e);
            }
        }
        try (JsonGenerator g = JsonOutput.generator(out, true)) {
            g.writeStartObject();
            g.writeArrayFieldStart("items");
            for (Event e : placed) {
                if (groupBy == GroupBy.EVENT) {
                    writeItem(g, e, e.id(), e.id(), e.mentions(), articles);
                } else {
                    for (String source : articles.sources(e)) {
                        List<EventMention> own = new ArrayList<>();
                        for (EventMention m : e.mentions()) {
                            if (articles.source(m.article()).equals(source)) {
                                own.add(m);
                            }
                        }
                        writeItem(g, e, e.id() + "@" + source, source, own, articles);
                    }
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("groups");
            if (groupBy == GroupBy.EVENT) {
                for (Event e : placed) {
                    writeGroup(g, e.id(), e.label(), TimeLabels.label(e.time()));
                }
            } else {
                TreeMap<String, Integer> counts = new TreeMap<>();
                for (Event e : placed) {
                    for (String source : articles.sources(e)) {
                        counts.merge(source, 1, Integer::sum);
                    }
                }
                for (var entry : counts.entrySet()) {
                    int n = entry.getValue();
                    writeGroup(g, entry.getKey(), entry.getKey(), n + (n == 1 ? " event" : " events"));
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeGroup(JsonGenerator g, String id, String content, String title) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("content", Html.escape(content));
        g.writeStringField("title", Html.escape(title));
        g.writeEndObject();
    }

    private static void writeItem(JsonGenerator g, Event e, String id, String group, List<EventMention> mentions,
                                  ArticleIndex articles) throws IOException {
        ResolvedTime t = e.time();
        boolean point = TimeLabels.isPoint(t);
        boolean clock = t.granularity().hasTimeOfDay();
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("event", e.id());
        g.writeStringField("content", Html.escape(e.label()));
        g.writeStringField("start", JsonOutput.dateTime(t.start(), clock));
        if (!point) {
            g.writeStringField("end", JsonOutput.date(t.endDate().plusDays(1)));
        }
        g.writeStringField("type", point ? "point" : "range");
        g.writeStringField("group", group);
        g.writeStringField("title", tooltip(e, mentions, articles));
        g.writeStringField("className", (TimeLabels.isVague(t) ? "vague" : "exact")
                + (e.conflicts().isEmpty() ? "" : " conflict"));
        g.writeStringField("value", t.value());
        g.writeEndObject();
    }

    /** The tooltip: when, the conflicts, then each mention's expression and source, one per line. */
    private static String tooltip(Event e, List<EventMention> mentions, ArticleIndex articles) {
        StringBuilder sb = new StringBuilder();
        sb.append("<b>").append(Html.escape(TimeLabels.label(e.time()))).append("</b>: ")
                .append(Html.escape(e.label()));
        for (Conflict c : e.conflicts()) {
            sb.append("<br>").append(Html.escape(ConflictText.describe(c)));
        }
        for (EventMention m : mentions) {
            sb.append("<br>").append(Html.escape(articles.source(m.article())));
            if (m.expression() != null) {
                sb.append(": “").append(Html.escape(m.expression().text())).append('”');
            }
        }
        return sb.toString();
    }
}
