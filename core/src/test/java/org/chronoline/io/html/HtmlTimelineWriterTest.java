package org.chronoline.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.Chronoline;
import org.chronoline.Fixtures;
import org.chronoline.io.SampleTimelines;
import org.chronoline.io.Schemas;
import org.chronoline.model.Anchor;
import org.chronoline.model.Event;
import org.chronoline.model.Granularity;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.TimeType;
import org.chronoline.model.Timeline;
import org.junit.jupiter.api.Test;

class HtmlTimelineWriterTest {

    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"chronoline-data\">(.*?)</script>", Pattern.DOTALL);

    static JsonNode data(String html) throws IOException {
        Matcher m = DATA.matcher(html);
        assertThat(m.find()).as("embedded data").isTrue();
        return Schemas.mapper().readTree(m.group(1));
    }

    @Test
    void pageIsSelfContainedAndTextCannotEscapeItsElement() throws IOException {
        String html = Schemas.write(HtmlTimelineWriter.create().withTitle("Bounties <on> agents"),
                SampleTimelines.handMade());
        assertThat(html).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n")
                .contains("<title>Bounties &lt;on&gt; agents</title>");
        assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("javascript:")
                .doesNotContainPattern("(src|href)=\"(https?:)?//[^\"]*\\.(js|css)");
        assertThat(html.split("<script", -1)).as("exactly the data and the view script").hasSize(3);
        assertThat(html.split("</script>", -1)).hasSize(3);
        assertThat(html).contains("DHS warned of bounties \\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)");
        JsonNode data = data(html);
        assertThat(data.get("events")).hasSize(4);
        assertThat(data.get("events").get(2).get("label").asText()).endsWith(SampleTimelines.NASTY);
        assertThat(data.get("events").get(3).get("start").isNull()).isTrue();
        assertThat(data.get("articles").get(2).get("url").isNull()).as("unsafe link dropped").isTrue();
    }

    @Test
    void listViewHasEveryEventAndMentionWithoutScript() {
        String html = Schemas.write(HtmlTimelineWriter.create(), SampleTimelines.handMade());
        for (String id : new String[] {"e1", "e2", "e3", "e4"}) {
            assertThat(html).contains("id=\"event-" + id + "\"");
        }
        assertThat(html).contains("<li class=\"event exact conflict\" id=\"event-e3\" data-event=\"e3\">")
                .contains("<li class=\"event vague\" id=\"event-e2\" data-event=\"e2\">")
                .contains("<time datetime=\"2025-10-06\">week of Oct 6, 2025</time>")
                .contains("<strong>Sources disagree on the date:</strong>")
                .contains("warned <mark>Tuesday</mark> that")
                .contains("<a href=\"https://example.org/a1?x=1&amp;y=2\">DHS: bounties on agents</a>")
                .contains("not on the time axis")
                .contains("<h2>Undated reports</h2>")
                .contains("<details class=\"diagnostics\">\n<summary>1 problem reading or dating the articles</summary>")
                .contains("<li><span class=\"severity\">warning</span> article a2 at 10: could not resolve "
                        + "[unresolved]</li>");
    }

    @Test
    void aTimeBeyondTheScriptsDatesIsListedWithoutAPlace() throws IOException {
        var far = new ResolvedTime("BC999999", TimeType.DATE, LocalDate.of(-999_998, 1, 1).atStartOfDay(),
                LocalDate.of(-999_998, 12, 31).atStartOfDay(), Granularity.YEAR, null, null, null,
                new Resolution(Anchor.NONE, null, "test"));
        var hand = SampleTimelines.handMade();
        Event e = hand.events().get(0);
        var timeline = new Timeline(hand.articles(), List.of(new Event(e.id(), far, e.placement(), e.label(), e.trigger(),
                e.participants(), e.mentions(), e.conflicts())), List.of(), List.of());
        JsonNode event = data(Schemas.write(HtmlTimelineWriter.create(), timeline)).get("events").get(0);
        assertThat(event.get("start").isNull()).isTrue();
        assertThat(event.get("when").asText()).isEqualTo("999999 B.C.");
    }

    @Test
    void sameTimelineGivesTheSameBytes() {
        var t = SampleTimelines.generated(500, 5);
        assertThat(Schemas.write(HtmlTimelineWriter.create(), t))
                .isEqualTo(Schemas.write(HtmlTimelineWriter.create(), SampleTimelines.generated(500, 5)));
    }

    @Test
    void seedPageSaysWhenNothingWasDated() {
        String html = Schemas.write(HtmlTimelineWriter.create(), Chronoline.create().timeline(Fixtures.seedArticles()));
        assertThat(html).contains("reported by 5 articles");
    }
}
