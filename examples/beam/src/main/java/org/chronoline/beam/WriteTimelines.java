package org.chronoline.beam;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.util.Objects;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.chronoline.io.json.TimelineJsonWriter;
import org.chronoline.model.Timeline;

/**
 * Writes each story's timeline as timeline JSON to its own file in an output directory, named by
 * {@link StoryFiles#fileName(String)}; the output is the names of the files written.
 *
 * <p>The bytes are those of the single-machine tool ({@link TimelineJsonWriter}, pretty by default).
 * The directory may be anywhere the runner has a file system for. Writing a story's file again (a
 * retried bundle) replaces it with the same bytes.
 *
 * <p>Immutable and thread-safe.
 */
public final class WriteTimelines extends PTransform<PCollection<KV<String, Timeline>>, PCollection<String>> {

    private static final long serialVersionUID = 1L;

    private final String directory;
    private final boolean pretty;

    private WriteTimelines(String directory, boolean pretty) {
        this.directory = directory;
        this.pretty = pretty;
    }

    /** Writes indented JSON into {@code directory}. */
    public static WriteTimelines to(String directory) {
        return new WriteTimelines(Objects.requireNonNull(directory, "directory"), true);
    }

    /** This transform writing compact, one-line JSON. */
    public WriteTimelines compact() {
        return new WriteTimelines(directory, false);
    }

    @Override
    public PCollection<String> expand(PCollection<KV<String, Timeline>> timelines) {
        return timelines.apply("WriteFiles", ParDo.of(new WriteFn(directory, pretty))).setCoder(StringUtf8Coder.of());
    }

    static final class WriteFn extends DoFn<KV<String, Timeline>, String> {
        private static final long serialVersionUID = 1L;

        private final String directory;
        private final boolean pretty;

        WriteFn(String directory, boolean pretty) {
            this.directory = directory;
            this.pretty = pretty;
        }

        @ProcessElement
        public void process(@Element KV<String, Timeline> story, OutputReceiver<String> out) throws IOException {
            ResourceId dir = FileSystems.matchNewResource(directory, true);
            ResourceId file = dir.resolve(StoryFiles.fileName(story.getKey()), StandardResolveOptions.RESOLVE_FILE);
            TimelineJsonWriter writer = pretty ? TimelineJsonWriter.pretty() : TimelineJsonWriter.compact();
            try (OutputStream os = Channels.newOutputStream(FileSystems.create(file, "application/json"))) {
                writer.write(story.getValue(), os);
            }
            out.output(file.toString());
        }
    }
}
