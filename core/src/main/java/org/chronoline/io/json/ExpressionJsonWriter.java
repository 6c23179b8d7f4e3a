package org.chronoline.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.chronoline.internal.JsonOutput;
import org.chronoline.model.ArticleAnalysis;
import org.chronoline.model.Diagnostic;
import org.chronoline.model.TemporalExpression;

/**
 * Writes what the per-article stage found in an article, its temporal expressions and diagnostics,
 * as one line of JSON (JSON Lines: one article a line, {@code \n} after each):
 *
 * <pre>{@code
 * {"id":"a1","expressions":[{"text":"Tuesday","start":21,"end":28,"sentence":0,"rule":"weekday",
 *   "time":{"value":"2025-10-14","type":"DATE","start":"2025-10-14","end":"2025-10-14",...}}],
 *  "diagnostics":[]}
 * }</pre>
 *
 * An expression that could not be resolved has {@code "time":null} and a {@code "problem"}; the
 * {@code time} and diagnostic objects are those of the timeline JSON ({@link TimelineJsonWriter}).
 * Field order is fixed, so the same analysis always gives the same bytes.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExpressionJsonWriter {

    private static final ExpressionJsonWriter INSTANCE = new ExpressionJsonWriter();

    private ExpressionJsonWriter() {
    }

    /** The writer. */
    public static ExpressionJsonWriter create() {
        return INSTANCE;
    }

    /** The article's line, without its line end. */
    public String toJson(ArticleAnalysis analysis) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(analysis, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String line = out.toString(StandardCharsets.UTF_8);
        return line.substring(0, line.length() - 1);
    }

    /** Writes the article's line and its {@code \n}; leaves {@code out} open. */
    public void write(ArticleAnalysis analysis, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonOutput.generator(out, false)) {
            g.writeStartObject();
            g.writeStringField("id", analysis.article().id());
            g.writeArrayFieldStart("expressions");
            for (TemporalExpression e : analysis.expressions()) {
                g.writeStartObject();
                g.writeStringField("text", e.text());
                g.writeNumberField("start", e.span().start());
                g.writeNumberField("end", e.span().end());
                g.writeNumberField("sentence", e.sentence());
                g.writeStringField("rule", e.rule());
                if (e.isResolved()) {
                    g.writeFieldName("time");
                    TimelineJsonWriter.writeTime(g, e.time());
                } else {
                    g.writeNullField("time");
                    g.writeStringField("problem", e.problem());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : analysis.diagnostics()) {
                TimelineJsonWriter.writeDiagnostic(g, d);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
