package org.chronoline.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class StoryFilesTest {

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("default", "default.json"),
                Arguments.of("story-7_b.v2", "story-7_b.v2.json"),
                Arguments.of("Chicago raids / 2025", "Chicago%20raids%20%2F%202025.json"),
                Arguments.of("..", "%2E..json"),
                Arguments.of(".hidden", "%2Ehidden.json"),
                Arguments.of("100%", "100%25.json"),
                Arguments.of("caf\u00e9", "caf%C3%A9.json"),
                Arguments.of("a\\b:c", "a%5Cb%3Ac.json"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void encodesStoryKeys(String story, String file) {
        assertThat(StoryFiles.fileName(story)).isEqualTo(file);
    }

    @Test
    void longKeysAreCutWithAHash() {
        String a = "x".repeat(300) + "a";
        String b = "x".repeat(300) + "b";
        assertThat(StoryFiles.fileName(a)).hasSize(StoryFiles.MAX_STEM + ".json".length())
                .isNotEqualTo(StoryFiles.fileName(b)).matches("x{183}~[0-9A-F]{16}\\.json");
        String escaped = StoryFiles.fileName("/".repeat(100));
        assertThat(escaped).matches("(%2F){61}~[0-9A-F]{16}\\.json");
    }
}
