package org.chronoline.examples.cli;

import java.util.Locale;
import org.chronoline.io.TimelineWriter;
import org.chronoline.io.csv.CsvTimelineWriter;
import org.chronoline.io.html.HtmlTimelineWriter;
import org.chronoline.io.json.TimelineJsonWriter;
import org.chronoline.io.timelinejs.TimelineJsWriter;
import org.chronoline.io.vis.VisTimelineWriter;

/** The formats the {@code timeline} command writes. */
enum OutputFormat {
    /** Chronoline's timeline JSON (the default). */
    JSON("json", "Chronoline's timeline JSON"),
    /** Knight Lab TimelineJS3 JSON. */
    TIMELINEJS("timelinejs", "TimelineJS3 JSON (title slide and one slide per dated event)"),
    /** vis-timeline items and groups. */
    VIS("vis", "vis-timeline items and groups (see --group-by)"),
    /** One self-contained HTML page. */
    HTML("html", "one self-contained HTML page: a zoomable time axis and a list"),
    /** CSV, one row per mention. */
    CSV("csv", "CSV for spreadsheets, one row per event mention");

    final String name;
    final String description;

    OutputFormat(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** The writer of this format; {@code title} may be {@code null} for the format's default. */
    TimelineWriter writer(VisTimelineWriter.GroupBy groupBy, String title) {
        switch (this) {
            case TIMELINEJS:
                return title == null ? TimelineJsWriter.create() : TimelineJsWriter.create().withTitle(title);
            case VIS:
                return VisTimelineWriter.create().groupBy(groupBy);
            case HTML:
                return title == null ? HtmlTimelineWriter.create() : HtmlTimelineWriter.create().withTitle(title);
            case CSV:
                return CsvTimelineWriter.create();
            default:
                return TimelineJsonWriter.pretty();
        }
    }

    static OutputFormat of(String name) throws UsageException {
        for (OutputFormat f : values()) {
            if (f.name.equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new UsageException("unknown format '" + name + "'; choose one of " + names());
    }

    static String names() {
        StringBuilder sb = new StringBuilder();
        for (OutputFormat f : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.name);
        }
        return sb.toString();
    }

    /** One line per format, for the help text. */
    static String table(String indent) {
        StringBuilder sb = new StringBuilder();
        for (OutputFormat f : values()) {
            sb.append(indent).append(String.format(Locale.ROOT, "%-11s %s%n", f.name, f.description));
        }
        return sb.toString();
    }
}
