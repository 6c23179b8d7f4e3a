package org.chronoline.examples.cli;

import java.util.Locale;
import org.chronoline.io.TimelineWriter;
import org.chronoline.io.json.TimelineJsonWriter;

/** The formats the {@code timeline} command writes. */
enum OutputFormat {
    /** Chronoline's timeline JSON (the default). */
    JSON("json", TimelineJsonWriter.pretty());

    final String name;
    final TimelineWriter writer;

    OutputFormat(String name, TimelineWriter writer) {
        this.name = name;
        this.writer = writer;
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
}
