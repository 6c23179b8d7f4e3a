package org.chronoline.io.timelinejs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.chronoline.Chronoline;
import org.chronoline.Fixtures;
import org.chronoline.io.SampleTimelines;
import org.chronoline.io.Schemas;
import org.chronoline.model.Event;
import org.chronoline.model.Granularity;
import org.chronoline.model.Placement;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimelineJsWriterTest {

    private static String write(Timeline t) {
        return Schemas.write(TimelineJsWriter.create(), t);
    }

    private static void assertValid(String json) throws IOException {
        assertThat(Schemas.validate(TimelineJsWriter.class, TimelineJsWriter.SCHEMA, json)).isEmpty();
    }

    @Test
    void handMadeTimelineShowsGranularityHonestly() throws IOException {
        String json = write(SampleTimelines.handMade());
        assertValid(json);
        JsonNode events = Schemas.mapper().readTree(json).get("events");
        assertThat(events).hasSize(3);
        JsonNode early = events.get(0);
        assertThat(early.get("start_date").toString())
                .isEqualTo("{\"year\":2025,\"month\":9,\"display_date\":\"early September 2025\"}");
        assertThat(early.has("end_date")).isFalse();
        JsonNode week = events.get(1);
        assertThat(week.get("start_date").toString())
                .isEqualTo("{\"year\":2025,\"month\":10,\"day\":6,\"display_date\":\"week of Oct 6, 2025\"}");
        assertThat(week.get("end_date").toString()).isEqualTo("{\"year\":2025,\"month\":10,\"day\":12}");
        assertThat(week.get("display_date").asText()).isEqualTo("week of Oct 6, 2025");
        assertThat(week.get("group").asText()).isEqualTo("Daily \"Quote\" & Co");
        JsonNode day = events.get(2);
        assertThat(day.get("unique_id").asText()).isEqualTo("e3");
        assertThat(day.get("group").asText()).isEqualTo(TimelineJsWriter.SEVERAL_SOURCES);
        assertThat(day.get("text").get("headline").asText()).doesNotContain("<script>").contains("&lt;/script&gt;");
        String text = day.get("text").get("text").asText();
        assertThat(text).contains("Sources disagree on the date")
                .contains("<a href=\"https://example.org/a1?x=1&amp;y=2\">DHS: bounties on agents</a>")
                .contains("— <i>a2</i>").doesNotContain("<script>");
        assertThat(json).doesNotContain("javascript:");
    }

    static Stream<Arguments> granularities() {
        return Stream.of(
                Arguments.of(Granularity.SECOND, "{\"year\":2025,\"month\":10,\"day\":8,\"hour\":10,\"minute\":15,"
                        + "\"second\":30,\"display_date\":\"Oct 8, 2025, 10:15:30\"}", null),
                Arguments.of(Granularity.HOUR, "{\"year\":2025,\"month\":10,\"day\":8,\"hour\":9,"
                        + "\"display_date\":\"Oct 8, 2025, 09:00\"}", null),
                Arguments.of(Granularity.PART_OF_DAY, "{\"year\":2025,\"month\":10,\"day\":8,"
                        + "\"display_date\":\"Oct 8, 2025 (evening)\"}", null),
                Arguments.of(Granularity.WEEKEND, "{\"year\":2025,\"month\":10,\"day\":11,"
                        + "\"display_date\":\"weekend of Oct 11, 2025\"}", "{\"year\":2025,\"month\":10,\"day\":12}"),
                Arguments.of(Granularity.MONTH, "{\"year\":2025,\"month\":10,\"display_date\":\"October 2025\"}", null),
                Arguments.of(Granularity.QUARTER, "{\"year\":2025,\"month\":10,\"display_date\":\"Q4 2025\"}",
                        "{\"year\":2025,\"month\":12}"),
                Arguments.of(Granularity.SEASON, "{\"year\":2025,\"month\":9,\"display_date\":\"Fall 2025\"}",
                        "{\"year\":2025,\"month\":11}"),
                Arguments.of(Granularity.YEAR, "{\"year\":2025,\"display_date\":\"2025\"}", null),
                Arguments.of(Granularity.DECADE, "{\"year\":2020,\"display_date\":\"the 2020s\"}", "{\"year\":2029}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("granularities")
    void datesAreAsPreciseAsTheTextAndNoMore(Granularity g, String start, String end) throws IOException {
        ResolvedTime t = SampleTimelines.time(g, LocalDate.of(2025, 10, 8), null);
        Timeline one = new Timeline(List.of(), List.of(new Event("e1", t, Placement.RANGE, "x", null, List.of(),
                SampleTimelines.handMade().events().get(0).mentions(), List.of())), List.of(), List.of());
        String json = write(one);
        assertValid(json);
        JsonNode slide = Schemas.mapper().readTree(json).get("events").get(0);
        assertThat(slide.get("start_date").toString()).isEqualTo(start);
        assertThat(slide.has("end_date") ? slide.get("end_date").toString() : null).isEqualTo(end);
    }

    @Test
    void generatedTimelineOfTwoThousandEventsMatchesTheSchema() throws IOException {
        Timeline t = SampleTimelines.generated(2_000, 7);
        String json = write(t);
        assertValid(json);
        long placed = t.events().stream().filter(e -> e.time().isAnchored()).count();
        assertThat(Schemas.mapper().readTree(json).get("events")).hasSize((int) placed);
        assertThat(write(SampleTimelines.generated(2_000, 7))).isEqualTo(json);
    }

    @Test
    void seedTimelineMatchesTheSchema() throws IOException {
        assertValid(write(Chronoline.create().timeline(Fixtures.seedArticles())));
    }

    @Test
    void schemaRejectsADayWithoutAMonth() throws IOException {
        String json = write(SampleTimelines.handMade()).replace("\"month\" : 10,", "");
        assertThat(Schemas.validate(TimelineJsWriter.class, TimelineJsWriter.SCHEMA, json)).isNotEmpty();
    }
}
