package org.chronoline.merge;

import java.util.List;
import org.chronoline.model.Article;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.chronoline.order.TimelineOrder;

/** Prints the seed timeline built from the hand-dated fixture, for a person to read. */
final class SeedDump {
    public static void main(String[] args) {
        List<Article> articles = SeedFixture.articles();
        List<EventMention> mentions = SeedFixture.mentions(articles);
        for (EventMention m : mentions) {
            System.out.println("M " + m.article() + " " + (m.time() == null ? "-" : m.time().value()) + " ["
                    + m.trigger() + "] " + m.label() + " | " + m.participants() + " | " + m.tense() + " | " + m.keyTerms());
        }
        MergeResult r = EventMerger.standard().merge(mentions, SeedFixture.infos(articles));
        for (Event e : TimelineOrder.chronological().order(r.events())) {
            System.out.println("E " + e.time() + " " + e.placement() + " [" + e.trigger() + "] " + e.label() + " "
                    + e.participants());
            for (EventMention m : e.mentions()) {
                System.out.println("     " + m.article() + " " + (m.expression() == null ? "-" : m.expression().text())
                        + " : " + m.label());
            }
            e.conflicts().forEach(c -> System.out.println("     CONFLICT " + c));
        }
        for (EventMention m : r.undated()) {
            System.out.println("U " + m.article() + " [" + m.trigger() + "] " + m.label() + " " + m.participants());
        }
    }
}
