package org.chronoline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the whole timeline JSON of the bundled seed articles. After an intended change, regenerate
 * the golden file with {@code mvn -pl examples test -Dtest=SeedTimelineGoldenTest -Dchronoline.regenerate=true}
 * and review the diff.
 */
class SeedTimelineGoldenTest {

    static final Path SEEDS = Path.of("data/seeds/seeds.json");
    static final Path GOLDEN = Path.of("src/test/resources/golden/seeds.timeline.json");

    @Test
    void seedTimelineIsTheGoldenOne(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("timeline.json");
        MainTest.Run r = MainTest.run("timeline", "-o", out.toString(), SEEDS.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String actual = Files.readString(out, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("chronoline.regenerate")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void outputDoesNotDependOnThreadCount(@TempDir Path dir) throws IOException {
        MainTest.run("timeline", "-q", "-t", "1", "-o", dir.resolve("one.json").toString(), SEEDS.toString());
        MainTest.run("timeline", "-q", "-t", "4", "-o", dir.resolve("four.json").toString(), SEEDS.toString());
        assertThat(Files.readAllBytes(dir.resolve("four.json"))).isEqualTo(Files.readAllBytes(dir.resolve("one.json")));
    }
}
