package org.chronoline.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chronoline.io.TimelineWriter;
import org.chronoline.io.csv.CsvTimelineWriter;
import org.chronoline.io.html.HtmlTimelineWriter;
import org.chronoline.io.timelinejs.TimelineJsWriter;
import org.chronoline.io.vis.VisTimelineWriter;
import org.chronoline.model.Timeline;

/**
 * Writes the example timeline of {@link BuildTimelineExample} in every front-end format: an HTML page
 * to open in a browser, TimelineJS3 and vis-timeline data, and CSV for a spreadsheet.
 *
 * <p>Run it with {@code mvn -q -pl examples exec:java -Dexec.mainClass=org.chronoline.examples.FrontEndsExample
 * -Dexec.args=out} or from an IDE; the files go to the directory named (default: the current one).
 */
public final class FrontEndsExample {

    private FrontEndsExample() {
    }

    /** The files written, each with its writer: every writer is an immutable value, made once. */
    static List<Output> outputs() {
        return List.of(
                new Output("timeline.html", HtmlTimelineWriter.create().withTitle("An arrest in Chicago")),
                new Output("timeline.tl.json", TimelineJsWriter.create().withTitle("An arrest in Chicago")),
                new Output("timeline.vis.json", VisTimelineWriter.create().groupBy(VisTimelineWriter.GroupBy.SOURCE)),
                new Output("timeline.csv", CsvTimelineWriter.create().withByteOrderMark(true)));
    }

    /** One file and the writer that fills it. */
    record Output(String file, TimelineWriter writer) {
    }

    /** Writes every output into {@code dir}. */
    static void writeAll(Timeline timeline, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Output o : outputs()) {
            o.writer().write(timeline, dir.resolve(o.file()));
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        writeAll(BuildTimelineExample.build(), dir);
        for (Output o : outputs()) {
            System.out.println("wrote " + dir.resolve(o.file()));
        }
    }
}
