package org.chronoline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tag, eval and bench commands on a tiny hand-made TimeML corpus. */
class TemporalCommandsTest {

    static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2025-10-15" functionInDocument="CREATION_TIME">20251015</TIMEX3></DCT>
            <TEXT>
            DHS warned <TIMEX3 tid="t1" type="DATE" value="2025-10-14">Tuesday</TIMEX3> that agents were targeted.
            <TIMEX3 tid="t2" type="DATE" value="2025-W41">Last week</TIMEX3>, prosecutors charged a man &amp; his son.
            </TEXT>
            </TimeML>
            """;

    static Path corpus(Path dir) throws IOException {
        Path gold = dir.resolve("gold");
        Files.createDirectories(gold);
        Files.writeString(gold.resolve("d1.tml"), DOC);
        return gold;
    }

    @Test
    void tagWritesTimeMlThatEvalScores(@TempDir Path dir) throws IOException {
        Path gold = corpus(dir);
        Path out = dir.resolve("out");
        MainTest.Run tag = MainTest.run("tag", "--format", "timeml", "-o", out.toString(), gold.toString());
        assertThat(tag.code()).as(tag.err()).isZero();
        String written = Files.readString(out.resolve("d1.tml"));
        assertThat(written).contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-10-14\">Tuesday</TIMEX3>")
                .contains("&amp; his son");

        MainTest.Run twoStep = MainTest.run("eval", gold.toString(), out.toString());
        assertThat(twoStep.code()).as(twoStep.err()).isZero();
        assertThat(twoStep.out()).contains("relaxed    100.00  100.00  100.00").contains("value accuracy 100.00");

        MainTest.Run oneStep = MainTest.run("eval", gold.toString());
        assertThat(oneStep.out()).isEqualTo(twoStep.out());
    }

    @Test
    void evalWritesMissesToAFile(@TempDir Path dir) throws IOException {
        Path gold = corpus(dir);
        Files.writeString(gold.resolve("d2.tml"), DOC.replace("2025-10-14", "2025-10-07"));
        Path misses = dir.resolve("misses.tsv");
        MainTest.Run r = MainTest.run("eval", "--misses", misses.toString(), gold.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readString(misses)).contains("VALUE\td2.tml\tWEEKDAY\t\"Tuesday\"\tgold=DATE 2025-10-07");
    }

    /** {@code tag --format json} on a plain-text file of {@code text} published on Wednesday, Oct. 15, 2025. */
    private static MainTest.Run tagText(Path dir, String text) throws IOException {
        Path txt = dir.resolve("a.txt");
        Files.writeString(txt, text);
        MainTest.Run r = MainTest.run("tag", "--format", "json", "--published", "2025-10-15T10:00:00-05:00",
                txt.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    @Test
    void tagJsonFromPlainText(@TempDir Path dir) throws IOException {
        MainTest.Run r = tagText(dir, "Agents were attacked two weekends ago in Chicago.");
        assertThat(r.out()).contains("\"text\":\"two weekends ago\"").contains("\"time\":{\"value\":\"2025-W40-WE\"")
                .contains("\"start\":\"2025-10-04\",\"end\":\"2025-10-05\"").endsWith("\"diagnostics\":[]}\n");
        assertThat(r.err()).contains("chronoline tag: 1 articles, 1 expressions (0 unresolved) written to standard output");
        assertThat(MainTest.run("tag", "--format", "json", dir.resolve("a.txt").toString()).code()).isEqualTo(2);
    }

    @Test
    void tagJsonCarriesWhatCouldNotBeResolved(@TempDir Path dir) throws IOException {
        MainTest.Run r = tagText(dir, "The vote was on Feb. 30.");
        assertThat(r.out()).contains("\"time\":null,\"problem\":")
                .contains("\"diagnostics\":[{\"severity\":\"WARNING\",\"code\":\"unresolved\"")
                .contains("\"article\":\"a.txt\"");
        assertThat(r.err()).contains("1 expressions (1 unresolved)");
    }

    @Test
    void usageErrorsAndSkippedInput(@TempDir Path dir) throws IOException {
        Path gold = corpus(dir);
        Files.writeString(gold.resolve("broken.tml"), "<TimeML>no text here</TimeML>");
        MainTest.Run r = MainTest.run("tag", "-o", dir.resolve("out").toString(), gold.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("broken.tml: no <TEXT>");
        assertThat(MainTest.run("tag", gold.toString()).code()).isEqualTo(2);
        assertThat(MainTest.run("eval").code()).isEqualTo(2);
        assertThat(MainTest.run("bench", dir.resolve("nowhere").toString()).code()).isEqualTo(2);
    }

    @Test
    void benchReportsThroughput(@TempDir Path dir) throws IOException {
        Path gold = corpus(dir);
        MainTest.Run r = MainTest.run("bench", "--seconds", "1", "--natty-seconds", "1", "--threads", "2",
                gold.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("one thread").contains("chars/s").contains("peak heap").contains("natty");
    }
}
