package org.chronoline.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chronoline.model.Timeline;

/**
 * Writes a timeline in one output format. Writers are deterministic: the same timeline gives the
 * same bytes. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface TimelineWriter {

    /** Writes {@code timeline} to {@code out} (UTF-8); does not close {@code out}. */
    void write(Timeline timeline, OutputStream out) throws IOException;

    /** Writes {@code timeline} to a file, replacing it. */
    default void write(Timeline timeline, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(timeline, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
