package org.chronoline.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.chronoline.Chronoline;
import org.chronoline.Fixtures;
import org.chronoline.model.Anchor;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleInfo;
import org.chronoline.model.Conflict;
import org.chronoline.model.Diagnostic;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.chronoline.model.Granularity;
import org.chronoline.model.Modifier;
import org.chronoline.model.Placement;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Sentence;
import org.chronoline.model.Span;
import org.chronoline.model.TemporalExpression;
import org.chronoline.model.Tense;
import org.chronoline.model.TimeType;
import org.chronoline.model.Timeline;
import org.junit.jupiter.api.Test;

class TimelineJsonWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Validates JSON against the timeline schema that ships with the writer. */
    static Set<ValidationMessage> validate(String json) throws IOException {
        try (InputStream schemaIn = TimelineJsonWriter.class.getResourceAsStream(TimelineJsonWriter.SCHEMA)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaIn);
            return schema.validate(MAPPER.readTree(json));
        }
    }

    /** A timeline using every field: time of day, modifiers, conflicts, unresolved, diagnostics. */
    static Timeline handMade() {
        Sentence s = new Sentence(2, Span.of(100, 160), "Homeland Security officials warned Tuesday that ...", false);
        Resolution pub = new Resolution(Anchor.PUBLICATION, "2025-10-15", "weekday");
        ResolvedTime tuesday = ResolvedTime.ofDates("2025-10-14", LocalDate.of(2025, 10, 14),
                LocalDate.of(2025, 10, 14), Granularity.DAY, pub);
        ResolvedTime morning = new ResolvedTime("2025-10-14TMO", TimeType.TIME, LocalDateTime.of(2025, 10, 14, 6, 0),
                LocalDateTime.of(2025, 10, 14, 11, 59), Granularity.PART_OF_DAY, Modifier.APPROX, null, null, pub);
        ResolvedTime weekly = new ResolvedTime("XXXX-WXX-2", TimeType.SET, null, null, Granularity.UNSPECIFIED, null,
                "EVERY", "1X", new Resolution(Anchor.NONE, null, "set-weekday"));
        TemporalExpression tue = TemporalExpression.resolved(Span.of(135, 142), "Tuesday", 2, tuesday);
        TemporalExpression bad = TemporalExpression.unresolved(Span.of(10, 22), "February 30", 0, "month-day",
                "February has no day 30");
        EventMention m1 = new EventMention("a1", s, "warned", Span.of(128, 134), List.of("Homeland Security"),
                List.of("warn"), "Homeland Security officials warned", Tense.PAST, tue);
        EventMention m2 = new EventMention("a2", s, null, null, List.of(), List.of(), "something", Tense.UNKNOWN,
                TemporalExpression.resolved(Span.of(1, 5), "morning", 2, morning));
        EventMention undated = new EventMention("a2", s, "arrested", null, List.of(), List.of(), "arrest",
                Tense.PAST, bad);
        Conflict conflict = new Conflict(Conflict.Kind.TIME, List.of(
                new Conflict.Claim("2025-10-14", "Tuesday", List.of("a1"), List.of("Example News")),
                new Conflict.Claim("2025-10-15", "On October 15, 2025", List.of("a2"), List.of())));
        Event e1 = new Event("e1", tuesday, Placement.EXACT, "DHS warned of bounties", "warned",
                List.of("Homeland Security"), List.of(m1, m2), List.of(conflict));
        Event e2 = new Event("e2", weekly, Placement.OPEN, "weekly meetings", null, List.of(), List.of(m2), List.of());
        List<ArticleInfo> articles = List.of(
                new ArticleInfo("a1", OffsetDateTime.parse("2025-10-15T10:00:00-05:00"), "Title", "Example News",
                        "https://example.org/a1"),
                new ArticleInfo("a2", OffsetDateTime.parse("2025-10-16T00:00:00+05:30"), null, null, null));
        List<Diagnostic> diagnostics = List.of(
                Diagnostic.inFile("bad-json", "in.jsonl", 3, null, "invalid JSON"),
                Diagnostic.inArticle(Diagnostic.Severity.WARNING, "unresolved", "a2", 10, "could not resolve"));
        return new Timeline(articles, List.of(e1, e2), List.of(undated), diagnostics);
    }

    @Test
    void handMadeTimelineMatchesTheSchema() throws IOException {
        String json = TimelineJsonWriter.pretty().toJson(handMade());
        assertThat(validate(json)).isEmpty();
        JsonNode root = MAPPER.readTree(json);
        assertThat(root.get("articles").get(0).get("published").asText()).isEqualTo("2025-10-15T10:00:00-05:00");
        assertThat(root.get("events").get(0).get("time").get("start").asText()).isEqualTo("2025-10-14");
        assertThat(root.get("events").get(0).get("mentions").get(1).get("expression").get("value").asText())
                .isEqualTo("2025-10-14TMO");
        assertThat(root.get("undated").get(0).get("expression").get("problem").asText())
                .isEqualTo("February has no day 30");
    }

    @Test
    void compactAndPrettyCarryTheSameData() throws IOException {
        Timeline t = handMade();
        assertThat(MAPPER.readTree(TimelineJsonWriter.compact().toJson(t)))
                .isEqualTo(MAPPER.readTree(TimelineJsonWriter.pretty().toJson(t)));
        assertThat(TimelineJsonWriter.compact().toJson(t)).doesNotContain("\n");
        assertThat(TimelineJsonWriter.pretty().toJson(t)).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void schemaRejectsBrokenOutput() throws IOException {
        String json = TimelineJsonWriter.pretty().toJson(handMade()).replace("\"EXACT\"", "\"SOMETIME\"");
        assertThat(validate(json)).isNotEmpty();
    }

    @Test
    void seedTimelineMatchesTheSchemaAndIsByteIdenticalWhateverTheInputOrder() throws IOException {
        List<Article> articles = new ArrayList<>(Fixtures.seedArticles());
        String first = TimelineJsonWriter.pretty().toJson(Chronoline.create().timeline(articles));
        assertThat(validate(first)).isEmpty();
        Random random = new Random(42);
        for (int i = 0; i < 3; i++) {
            Collections.shuffle(articles, random);
            Chronoline engine = Chronoline.builder().parallelism(1 + i).build();
            assertThat(TimelineJsonWriter.pretty().toJson(engine.timeline(articles))).isEqualTo(first);
        }
    }

    @Test
    void rangesAndPlacedDurationsMatchTheSchema() throws IOException {
        Article a = Article.of("r1", "2025-10-15T10:00:00-05:00", "Leaders met Oct. 6-7 in Paris. The 2009-2010 "
                + "budget was cut. Assaults rose 38 percent over the past three years. Talks resume the week of Nov. 3.");
        String json = TimelineJsonWriter.pretty().toJson(Chronoline.create().timeline(List.of(a)));
        assertThat(validate(json)).isEmpty();
        assertThat(json).contains("\"value\" : \"2025-10-06/2025-10-07\"", "\"value\" : \"2009/2010\"",
                "\"value\" : \"P3Y\"", "\"start\" : \"2022-10-16\"", "\"value\" : \"2025-W45\"");
    }
}
