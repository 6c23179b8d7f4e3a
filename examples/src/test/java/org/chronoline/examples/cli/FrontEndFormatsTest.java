package org.chronoline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code timeline --format timelinejs|vis|html|csv} and their options. */
class FrontEndFormatsTest {

    private static final String ARTICLE = "{\"id\": \"a1\", \"published\": \"2025-10-15T10:00:00-05:00\", "
            + "\"source\": \"Example News\", \"title\": \"Warning\", "
            + "\"text\": \"Officials warned on October 14, 2025 that agents were targeted.\"}";

    private static Path input(Path dir) throws IOException {
        Path in = dir.resolve("in.json");
        Files.writeString(in, ARTICLE);
        return in;
    }

    @Test
    void everyFormatIsWrittenToAFile(@TempDir Path dir) throws IOException {
        Path in = input(dir);
        for (OutputFormat f : OutputFormat.values()) {
            Path out = dir.resolve("out." + f.name);
            MainTest.Run r = MainTest.run("timeline", "-q", "--format", f.name, "-o", out.toString(), in.toString());
            assertThat(r.code()).as(f.name + ": " + r.err()).isZero();
            assertThat(Files.size(out)).as(f.name).isPositive();
        }
        assertThat(Files.readString(dir.resolve("out.html"))).startsWith("<!DOCTYPE html>")
                .contains("<h1>Timeline</h1>");
        assertThat(Files.readString(dir.resolve("out.csv"))).startsWith("event,when,value,start,end,");
        assertThat(Files.readString(dir.resolve("out.timelinejs"))).contains("\"events\"");
        assertThat(Files.readString(dir.resolve("out.vis"))).contains("\"items\"").contains("\"groups\"");
    }

    @Test
    void optionsOfTheFrontEndFormats(@TempDir Path dir) throws IOException {
        Path in = input(dir);
        MainTest.Run html = MainTest.run("timeline", "-q", "--format", "html", "--title", "The <story>", in.toString());
        assertThat(html.code()).isZero();
        assertThat(html.out()).contains("<title>The &lt;story&gt;</title>");
        MainTest.Run vis = MainTest.run("timeline", "-q", "-f", "vis", "--group-by", "event", in.toString());
        assertThat(vis.code()).isZero();
        assertThat(MainTest.run("timeline", "-f", "vis", "--group-by", "colour", in.toString()).err())
                .contains("--group-by must be source or event, was 'colour'");
        assertThat(MainTest.run("timeline", "-f", "csv", "--group-by", "event", in.toString()).err())
                .contains("--group-by applies to --format vis only");
        assertThat(MainTest.run("timeline", "-f", "json", "--title", "x", in.toString()).code()).isEqualTo(2);
    }

    @Test
    void helpListsTheFormats() {
        String help = MainTest.run("timeline", "--help").out();
        for (OutputFormat f : OutputFormat.values()) {
            assertThat(help).contains("  " + f.name + " ");
        }
        assertThat(help).contains("--group-by BY").contains("--title TEXT");
    }
}
