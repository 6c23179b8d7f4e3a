package org.chronoline.examples;

import java.util.List;
import org.chronoline.Chronoline;
import org.chronoline.io.json.TimelineJsonWriter;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.chronoline.model.Timeline;

/**
 * Builds a timeline from three short articles in code, prints it event by event, then as JSON.
 *
 * <p>Run it with {@code mvn -q -pl examples exec:java -Dexec.mainClass=org.chronoline.examples.BuildTimelineExample}
 * or from an IDE.
 */
public final class BuildTimelineExample {

    private BuildTimelineExample() {
    }

    /** The example articles: two reports of one arrest, one of a court ruling. */
    static List<Article> articles() {
        return List.of(
                Article.of("tribune-1", "2025-10-15T10:00:00-05:00",
                        "Federal agents arrested Juan Espinoza Martinez last week, prosecutors said on Tuesday. "
                                + "A judge will hear the case on Friday.")
                        .withTitle("Man charged over bounty").withSource("Tribune"),
                Article.of("herald-7", "2025-10-16T08:00:00-05:00",
                        "On October 6, federal agents arrested Juan Espinoza-Martinez in Chicago. "
                                + "The operation began on September 8, 2025.")
                        .withSource("Herald"),
                Article.of("courier-3", "2025-10-14T18:30:00-05:00",
                        "A federal judge ruled Monday that the deployment could not go ahead.")
                        .withSource("Courier"));
    }

    /** Builds the timeline, using the two stages separately as a distributed engine would. */
    static Timeline build() {
        Chronoline chronoline = Chronoline.builder().parallelism(2).build();
        // Stage 1, per article: independent, can run anywhere.
        List<ArticleAnalysis> analyses = articles().stream().map(chronoline::analyze).toList();
        // Stage 2, across articles: merges and orders.
        return chronoline.merge(analyses);
    }

    public static void main(String[] args) {
        Timeline timeline = build();
        for (Event event : timeline.events()) {
            System.out.printf("%-12s %-10s %s%n", event.time().value(), event.placement(), event.label());
            for (EventMention m : event.mentions()) {
                System.out.printf("%12s   %s: \"%s\"%n", "", m.article(),
                        m.expression() == null ? "" : m.expression().text());
            }
        }
        System.out.println();
        System.out.print(TimelineJsonWriter.pretty().toJson(timeline));
    }
}
