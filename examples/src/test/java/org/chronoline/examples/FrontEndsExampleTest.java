package org.chronoline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontEndsExampleTest {

    @Test
    void exampleWritesEveryFormat(@TempDir Path dir) throws IOException {
        FrontEndsExample.writeAll(BuildTimelineExample.build(), dir);
        assertThat(Files.readString(dir.resolve("timeline.html"))).contains("<title>An arrest in Chicago</title>")
                .contains("Herald");
        assertThat(Files.readString(dir.resolve("timeline.tl.json")))
                .contains("\"headline\" : \"An arrest in Chicago\"");
        assertThat(Files.readString(dir.resolve("timeline.vis.json"))).contains("\"group\" : \"Tribune\"");
        assertThat(Files.readString(dir.resolve("timeline.csv"))).startsWith("\uFEFFevent,when,");
    }
}
