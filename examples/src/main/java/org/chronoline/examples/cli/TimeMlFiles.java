package org.chronoline.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chronoline.ChronolineException;
import org.chronoline.io.timeml.TimeMlDocument;

/** Lists and reads TimeML documents ({@code .tml}, {@code .TE3input}) named on the command line. */
final class TimeMlFiles {

    private TimeMlFiles() {
    }

    static boolean isTimeMl(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".tml") || n.endsWith(".TE3input") || n.endsWith(".tml.TE3input");
    }

    /** The TimeML files among the inputs, directories searched recursively, in path order. */
    static List<Path> list(List<String> inputs) throws UsageException {
        List<Path> out = new ArrayList<>();
        for (String s : inputs) {
            Path p = Path.of(s);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(TimeMlFiles::isTimeMl).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new UsageException("no such file or directory: " + s);
            }
        }
        return out;
    }

    /** Reads a document, or reports why not on {@code err} and returns null. */
    static TimeMlDocument read(Path p, PrintStream err, String tool) {
        try {
            return TimeMlDocument.read(p);
        } catch (ChronolineException | UncheckedIOException e) {
            err.println(tool + ": skipped " + p + ": " + e.getMessage());
            return null;
        }
    }
}
