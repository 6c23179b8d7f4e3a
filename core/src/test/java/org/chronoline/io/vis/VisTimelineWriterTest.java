package org.chronoline.io.vis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronoline.Chronoline;
import org.chronoline.Fixtures;
import org.chronoline.io.SampleTimelines;
import org.chronoline.io.Schemas;
import org.chronoline.model.Timeline;
import org.junit.jupiter.api.Test;

class VisTimelineWriterTest {

    private static void assertValid(String json) throws IOException {
        assertThat(Schemas.validate(VisTimelineWriter.class, VisTimelineWriter.SCHEMA, json)).isEmpty();
    }

    @Test
    void groupedBySourceEachSourceHasARowAndEachReportAnItem() throws IOException {
        String json = Schemas.write(VisTimelineWriter.create(), SampleTimelines.handMade());
        assertValid(json);
        JsonNode root = Schemas.mapper().readTree(json);
        List<String> groups = new ArrayList<>();
        root.get("groups").forEach(g -> groups.add(g.get("id").asText()));
        assertThat(groups).containsExactly("Daily \"Quote\" & Co", "Example News", "a2");
        JsonNode items = root.get("items");
        assertThat(items).hasSize(4);
        JsonNode week = items.get(1);
        assertThat(week.get("type").asText()).isEqualTo("range");
        assertThat(week.get("start").asText()).isEqualTo("2025-10-06");
        assertThat(week.get("end").asText()).as("exclusive end").isEqualTo("2025-10-13");
        assertThat(week.get("className").asText()).isEqualTo("vague");
        JsonNode day = items.get(2);
        assertThat(day.get("id").asText()).isEqualTo("e3@Example News");
        assertThat(day.get("type").asText()).isEqualTo("point");
        assertThat(day.has("end")).isFalse();
        assertThat(day.get("className").asText()).isEqualTo("exact conflict");
        assertThat(day.get("content").asText()).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(day.get("title").asText()).contains("Example News: “Tuesday”").doesNotContain("a2:");
    }

    @Test
    void groupedByEventEachEventHasARow() throws IOException {
        var writer = VisTimelineWriter.create().groupBy(VisTimelineWriter.GroupBy.EVENT);
        String json = Schemas.write(writer, SampleTimelines.handMade());
        assertValid(json);
        JsonNode root = Schemas.mapper().readTree(json);
        assertThat(root.get("groups")).hasSize(3);
        assertThat(root.get("items")).hasSize(3);
        root.get("items").forEach(i -> assertThat(i.get("group").asText()).isEqualTo(i.get("id").asText()));
    }

    @Test
    void generatedTimelineOfTwoThousandEventsMatchesTheSchemaEitherWay() throws IOException {
        Timeline t = SampleTimelines.generated(2_000, 11);
        for (VisTimelineWriter.GroupBy by : VisTimelineWriter.GroupBy.values()) {
            String json = Schemas.write(VisTimelineWriter.create().groupBy(by), t);
            assertValid(json);
            Set<String> ids = new HashSet<>();
            Schemas.mapper().readTree(json).get("items").forEach(i -> ids.add(i.get("id").asText()));
            assertThat(ids).as("unique item ids").hasSize(Schemas.mapper().readTree(json).get("items").size());
            assertThat(Schemas.write(VisTimelineWriter.create().groupBy(by), t)).isEqualTo(json);
        }
    }

    @Test
    void seedTimelineMatchesTheSchema() throws IOException {
        assertValid(Schemas.write(VisTimelineWriter.create(), Chronoline.create().timeline(Fixtures.seedArticles())));
    }
}
