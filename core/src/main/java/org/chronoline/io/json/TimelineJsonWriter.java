package org.chronoline.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.chronoline.internal.JsonOutput;
import org.chronoline.io.TimelineWriter;
import org.chronoline.model.ArticleInfo;
import org.chronoline.model.Conflict;
import org.chronoline.model.Diagnostic;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.TemporalExpression;
import org.chronoline.model.Timeline;

/**
 * Writes a {@link Timeline} as Chronoline's timeline JSON, the format other tools read. The format
 * is described by {@code timeline.schema.json} next to this class (and in the README). Field order is
 * fixed and line ends are {@code \n}, so the same timeline always gives the same bytes.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimelineJsonWriter implements TimelineWriter {

    /** The value of the top-level {@code format} field. */
    public static final String FORMAT = "chronoline-timeline/1";

    /** The JSON Schema resource of the format, relative to this class. */
    public static final String SCHEMA = "timeline.schema.json";

    private final boolean pretty;

    private TimelineJsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /** A writer of indented JSON. */
    public static TimelineJsonWriter pretty() {
        return new TimelineJsonWriter(true);
    }

    /** A writer of compact JSON, one line. */
    public static TimelineJsonWriter compact() {
        return new TimelineJsonWriter(false);
    }

    /** The timeline as a JSON string. */
    public String toJson(Timeline timeline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(timeline, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void write(Timeline timeline, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonOutput.generator(out, pretty)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeArrayFieldStart("articles");
            for (ArticleInfo a : timeline.articles()) {
                writeArticle(g, a);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (Event e : timeline.events()) {
                writeEvent(g, e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("undated");
            for (EventMention m : timeline.undated()) {
                writeMention(g, m);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : timeline.diagnostics()) {
                writeDiagnostic(g, d);
            }
            g.writeEndArray();
            g.writeEndObject();
            if (pretty) {
                g.writeRaw('\n');
            }
        }
    }

    private static void writeArticle(JsonGenerator g, ArticleInfo a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("published", formatPublished(a.published()));
        g.writeStringField("title", a.title());
        g.writeStringField("source", a.source());
        g.writeStringField("url", a.url());
        g.writeEndObject();
    }

    private static void writeEvent(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeFieldName("time");
        writeTime(g, e.time());
        g.writeStringField("placement", e.placement().name());
        g.writeStringField("label", e.label());
        g.writeStringField("trigger", e.trigger());
        writeStrings(g, "participants", e.participants());
        g.writeArrayFieldStart("mentions");
        for (EventMention m : e.mentions()) {
            writeMention(g, m);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("conflicts");
        for (Conflict c : e.conflicts()) {
            g.writeStartObject();
            g.writeStringField("kind", c.kind().name());
            g.writeArrayFieldStart("claims");
            for (Conflict.Claim claim : c.claims()) {
                g.writeStartObject();
                g.writeStringField("value", claim.value());
                g.writeStringField("text", claim.text());
                writeStrings(g, "articles", claim.articles());
                writeStrings(g, "sources", claim.sources());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A resolved time as the object both JSON formats write. */
    static void writeTime(JsonGenerator g, ResolvedTime t) throws IOException {
        g.writeStartObject();
        g.writeStringField("value", t.value());
        g.writeStringField("type", t.type().name());
        boolean clock = t.granularity().hasTimeOfDay();
        g.writeStringField("start", format(t.start(), clock));
        g.writeStringField("end", format(t.end(), clock));
        g.writeStringField("granularity", t.granularity().name());
        g.writeStringField("modifier", t.modifier() == null ? null : t.modifier().name());
        if (t.quant() != null) {
            g.writeStringField("quant", t.quant());
        }
        if (t.freq() != null) {
            g.writeStringField("freq", t.freq());
        }
        g.writeStringField("anchor", t.resolution().anchor().name());
        g.writeStringField("anchorValue", t.resolution().anchorValue());
        g.writeStringField("rule", t.resolution().rule());
        g.writeEndObject();
    }

    private static void writeMention(JsonGenerator g, EventMention m) throws IOException {
        g.writeStartObject();
        g.writeStringField("article", m.article());
        g.writeStringField("sentence", m.sentence().text());
        g.writeNumberField("sentenceIndex", m.sentence().index());
        g.writeNumberField("start", m.sentence().span().start());
        g.writeNumberField("end", m.sentence().span().end());
        g.writeStringField("label", m.label());
        if (m.trigger() == null) {
            g.writeNullField("trigger");
        } else {
            g.writeObjectFieldStart("trigger");
            g.writeStringField("text", m.trigger());
            if (m.triggerSpan() != null) {
                g.writeNumberField("start", m.triggerSpan().start());
                g.writeNumberField("end", m.triggerSpan().end());
            }
            g.writeEndObject();
        }
        writeStrings(g, "participants", m.participants());
        g.writeStringField("tense", m.tense().name());
        TemporalExpression x = m.expression();
        if (x == null) {
            g.writeNullField("expression");
        } else {
            g.writeObjectFieldStart("expression");
            g.writeStringField("text", x.text());
            g.writeNumberField("start", x.span().start());
            g.writeNumberField("end", x.span().end());
            g.writeStringField("value", x.isResolved() ? x.time().value() : null);
            g.writeStringField("rule", x.rule());
            if (!x.isResolved()) {
                g.writeStringField("problem", x.problem());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** A diagnostic as the object both JSON formats write. */
    static void writeDiagnostic(JsonGenerator g, Diagnostic d) throws IOException {
        g.writeStartObject();
        g.writeStringField("severity", d.severity().name());
        g.writeStringField("code", d.code());
        g.writeStringField("message", d.message());
        g.writeStringField("file", d.file());
        if (d.line() > 0) {
            g.writeNumberField("line", d.line());
        } else {
            g.writeNullField("line");
        }
        g.writeStringField("field", d.field());
        g.writeStringField("article", d.article());
        if (d.offset() >= 0) {
            g.writeNumberField("offset", d.offset());
        } else {
            g.writeNullField("offset");
        }
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** A date ({@code 2025-10-14}), or a date-time ({@code 2025-10-14T10:00:00}) where the time is known. */
    static String format(LocalDateTime t, boolean clock) {
        if (t == null) {
            return null;
        }
        return JsonOutput.dateTime(t, clock);
    }

    /** Always with seconds and offset: {@code 2025-10-15T10:00:00-05:00}. */
    static String formatPublished(OffsetDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
