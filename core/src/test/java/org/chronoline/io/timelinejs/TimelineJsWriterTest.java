package org.chronoline.io.timelinejs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.chronoline.Chronoline;
import org.chronoline.Fixtures;
import org.chronoline.io.SampleTimelines;
import org.chronoline.io.Schemas;
import org.chronoline.model.Timeline;
import org.junit.jupiter.api.Test;

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
