package org.chronoline.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.chronoline.Chronoline;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;
import org.junit.jupiter.api.Test;

class ExpressionJsonWriterTest {

    private static final OffsetDateTime WED = OffsetDateTime.parse("2025-10-15T10:00:00-05:00");

    private static ArticleAnalysis analyze(String text) {
        return Chronoline.create().analyze(Article.of("a1", WED, text));
    }

    @Test
    void writesOneLinePerArticleWithTheTimelineTimeObject() {
        String line = ExpressionJsonWriter.create().toJson(analyze("Agents were attacked two weekends ago."));
        assertThat(line).isEqualTo("{\"id\":\"a1\",\"expressions\":[{\"text\":\"two weekends ago\",\"start\":21,"
                + "\"end\":37,\"sentence\":0,\"rule\":\"ago\",\"time\":{\"value\":\"2025-W40-WE\",\"type\":\"DATE\","
                + "\"start\":\"2025-10-04\",\"end\":\"2025-10-05\",\"granularity\":\"WEEKEND\",\"modifier\":null,"
                + "\"anchor\":\"PUBLICATION\",\"anchorValue\":\"2025-10-15\",\"rule\":\"ago\"}}],\"diagnostics\":[]}");
    }

    @Test
    void anUnresolvedExpressionHasAProblemAndADiagnostic() throws IOException {
        JsonNode o = new ObjectMapper().readTree(ExpressionJsonWriter.create().toJson(analyze("The vote was on Feb. 30.")));
        JsonNode e = o.get("expressions").get(0);
        assertThat(e.get("time").isNull()).isTrue();
        assertThat(e.get("problem").asText()).contains("no day 30");
        JsonNode d = o.get("diagnostics").get(0);
        assertThat(d.get("code").asText()).isEqualTo("unresolved");
        assertThat(d.get("article").asText()).isEqualTo("a1");
        assertThat(d.get("offset").asInt()).isEqualTo(16);
    }

    @Test
    void streamsLinesThatEndInANewlineAndLeavesTheStreamOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExpressionJsonWriter w = ExpressionJsonWriter.create();
        w.write(analyze("He left Tuesday."), out);
        w.write(analyze("He left Tuesday."), out);
        out.write('x'); // still open
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo(lines[1]).contains("\"value\":\"2025-10-14\"");
        assertThat(lines[2]).isEqualTo("x");
    }
}
