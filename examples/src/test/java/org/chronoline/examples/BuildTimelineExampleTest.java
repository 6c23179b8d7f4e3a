package org.chronoline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.chronoline.model.Timeline;
import org.junit.jupiter.api.Test;

class BuildTimelineExampleTest {

    @Test
    void exampleRunsAndKeepsEveryArticle() {
        Timeline t = BuildTimelineExample.build();
        assertThat(t.articles()).hasSize(3);
        assertThat(t.diagnostics()).noneMatch(d -> d.code().equals("stage-failed"));
    }
}
