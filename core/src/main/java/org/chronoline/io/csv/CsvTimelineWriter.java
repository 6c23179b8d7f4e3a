package org.chronoline.io.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.chronoline.internal.ArticleIndex;
import org.chronoline.internal.JsonOutput;
import org.chronoline.io.TimeLabels;
import org.chronoline.io.TimelineWriter;
import org.chronoline.model.ArticleInfo;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Timeline;

/**
 * Writes a timeline as CSV for spreadsheets: a header row, then one row per event mention, in
 * timeline order, followed by the undated mentions (with the event columns empty). The columns are
 * {@link #COLUMNS}. RFC 4180: fields holding a comma, a quote or a line break are quoted, quotes
 * doubled, and records end with CRLF. UTF-8, with a byte order mark only when asked for (some
 * spreadsheet programs need it to read UTF-8).
 *
 * <p>Immutable and thread-safe; the same timeline always gives the same bytes.
 */
public final class CsvTimelineWriter implements TimelineWriter {

    /** The header row. {@code when} is the human label ("week of Oct 6, 2025"); start and end are inclusive. */
    public static final List<String> COLUMNS = List.of("event", "when", "value", "start", "end", "granularity",
            "modifier", "placement", "label", "conflict", "article", "source", "published", "title",
            "expression", "expression_value", "sentence");

    private final boolean byteOrderMark;

    private CsvTimelineWriter(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    /** A writer of plain UTF-8, without a byte order mark. */
    public static CsvTimelineWriter create() {
        return new CsvTimelineWriter(false);
    }

    /** A copy that starts the output with a UTF-8 byte order mark, or not. */
    public CsvTimelineWriter withByteOrderMark(boolean value) {
        return new CsvTimelineWriter(value);
    }

    @Override
    public void write(Timeline timeline, OutputStream out) throws IOException {
        ArticleIndex articles = ArticleIndex.of(timeline);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (byteOrderMark) {
            w.write('\uFEFF');
        }
        String[] row = new String[COLUMNS.size()];
        writeRow(w, COLUMNS.toArray(row));
        for (Event e : timeline.events()) {
            for (EventMention m : e.mentions()) {
                fillEvent(row, e);
                fillMention(row, m, articles);
                writeRow(w, row);
            }
        }
        for (EventMention m : timeline.undated()) {
            Arrays.fill(row, "");
            fillMention(row, m, articles);
            writeRow(w, row);
        }
        w.flush();
    }

    private static void fillEvent(String[] row, Event e) {
        ResolvedTime t = e.time();
        boolean clock = t.granularity().hasTimeOfDay();
        row[0] = e.id();
        row[1] = TimeLabels.label(t);
        row[2] = t.value();
        row[3] = t.isAnchored() ? JsonOutput.dateTime(t.start(), clock) : "";
        row[4] = t.isAnchored() ? JsonOutput.dateTime(t.end(), clock) : "";
        row[5] = t.granularity().name();
        row[6] = t.modifier() == null ? "" : t.modifier().name();
        row[7] = e.placement().name();
        row[8] = e.label();
        row[9] = e.conflicts().isEmpty() ? "" : "yes";
    }

    private static void fillMention(String[] row, EventMention m, ArticleIndex articles) {
        ArticleInfo a = articles.get(m.article());
        row[10] = m.article();
        row[11] = articles.source(m.article());
        row[12] = a == null ? "" : a.published().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        row[13] = a == null || a.title() == null ? "" : a.title();
        row[14] = m.expression() == null ? "" : m.expression().text();
        row[15] = m.time() == null ? "" : m.time().value();
        row[16] = m.sentence().text();
    }

    private static void writeRow(Writer w, String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(fields[i]));
        }
        w.write("\r\n");
    }

    /** The field as RFC 4180 wants it: quoted, with quotes doubled, when it holds a comma, quote or line break. */
    static String quote(String field) {
        if (field == null) {
            return "";
        }
        boolean needs = false;
        for (int i = 0; i < field.length() && !needs; i++) {
            char c = field.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
