package org.chronoline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    /** The result of one run of the tool. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noArgumentsIsAUsageError() {
        Run r = run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Usage: java -jar chronoline.jar COMMAND").contains("timeline");
    }

    @Test
    void everyCommandHasHelp() {
        for (Command c : Main.commands()) {
            Run r = run(c.name(), "--help");
            assertThat(r.code()).as(c.name()).isZero();
            assertThat(r.out()).as(c.name()).startsWith("Usage: chronoline " + c.name());
        }
        assertThat(run("--help").out()).contains("Exit codes");
    }

    @Test
    void unknownCommandOrOptionIsAUsageError() {
        assertThat(run("frobnicate").code()).isEqualTo(2);
        Run r = run("timeline", "--colour", "x.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown option --colour").contains("chronoline timeline --help");
        assertThat(run("timeline").err()).contains("no input given");
        assertThat(run("timeline", "--format", "pdf", "x.json").err()).contains("unknown format 'pdf'");
    }

    @Test
    void skippedInputGivesExitCodeOneAndStillWritesTheTimeline(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, """
                {"id": "ok", "published": "2025-10-15T10:00:00-05:00", "text": "Officials warned on 2025-10-14."}
                {"id": "bad", "published": "Tuesday", "text": "x"}
                """);
        Path out = dir.resolve("timeline.json");
        Run r = run("timeline", "-o", out.toString(), in.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("in.jsonl:2: field 'published': article 'bad': cannot parse 'Tuesday'");
        assertThat(r.err()).contains("read 1 articles (1 records skipped)");
        assertThat(Files.readString(out)).contains("\"id\" : \"ok\"");
    }

    @Test
    void loosePublishedIsReadOnlyWhenAskedAndSaidSo(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("scraped.jsonl");
        Files.writeString(in, """
                {"id": "s1", "published": "Oct 15, 2025 10:00 AM", "text": "Officials warned Tuesday."}
                """);
        Run strict = run("timeline", "-q", in.toString());
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.err()).contains("cannot parse 'Oct 15, 2025 10:00 AM'");
        Run loose = run("timeline", "-q", "--loose-published", "-05:00", in.toString());
        assertThat(loose.code()).isZero();
        assertThat(loose.err()).contains("warning: ", "scraped.jsonl:1: field 'published'",
                "read as 2025-10-15T10:00-05:00");
        assertThat(loose.out()).contains("\"value\" : \"2025-10-14\"");
        assertThat(run("timeline", "--loose-published", "EST", in.toString()).err())
                .contains("'EST' is no UTC offset");
    }

    @Test
    void missingInputIsReportedAndSkipped(@TempDir Path dir) {
        Run r = run("timeline", "-q", dir.resolve("nope.json").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("nope.json: no such file or directory [not-found]");
        assertThat(r.out()).contains("\"format\" : \"chronoline-timeline/1\"");
    }

    @Test
    void unwritableOutputFails(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.json");
        Files.writeString(in, "{\"id\":\"a\",\"published\":\"2025-10-15T10:00:00Z\",\"text\":\"Hello.\"}");
        Run r = run("timeline", "-o", dir.resolve("no/such/dir/out.json").toString(), in.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("cannot write");
    }
}
