package org.chronoline.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.chronoline.model.Article;
import org.chronoline.model.Conflict;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.chronoline.model.Placement;
import org.chronoline.order.TimelineOrder;
import org.junit.jupiter.api.Test;

/**
 * The seed story's timeline, built by the event, merge and order stages from hand-dated expressions
 * (see {@link SeedFixture}): the facts the issue asks for.
 */
class SeedTimelineTest {

    private static List<Event> timeline(List<Article> articles) {
        List<EventMention> mentions = SeedFixture.mentions(articles);
        return TimelineOrder.chronological().order(EventMerger.standard().merge(mentions,
                SeedFixture.infos(articles)).events());
    }

    private static final List<Event> EVENTS = timeline(SeedFixture.articles());

    private static Event only(Predicate<Event> p) {
        List<Event> found = EVENTS.stream().filter(p).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static Predicate<Event> hasMention(String article, String expression) {
        return e -> e.mentions().stream().anyMatch(m -> m.article().equals(article) && m.expression() != null
                && m.expression().text().equals(expression));
    }

    private static List<String> articles(Event e) {
        return e.mentions().stream().map(EventMention::article).distinct().sorted().toList();
    }

    @Test
    void runsFromSinceJanuary2023ToTheDhsWarning() {
        assertThat(EVENTS.get(0).time().value()).isEqualTo("2023-01");
        assertThat(EVENTS.get(0).placement()).isEqualTo(Placement.OPEN);
        Event warning = only(hasMention("000", "Tuesday"));
        assertThat(EVENTS.stream().allMatch(e -> !e.time().startDate().isAfter(warning.time().startDate()))).isTrue();
    }

    @Test
    void theArrestOfJuanEspinozaMartinezIsOneEventOnOctober6() {
        Event arrest = only(hasMention("002", "October 6"));
        assertThat(arrest.time().value()).isEqualTo("2025-10-06");
        assertThat(arrest.placement()).isEqualTo(Placement.EXACT);
        assertThat(arrest.trigger()).isEqualTo("arrested");
        assertThat(hasMention("001", "Last week").test(arrest)).isTrue();
        assertThat(arrest.mentions()).anyMatch(m -> m.article().equals("004") && m.expression() == null
                && m.label().contains("MS-13"));
        assertThat(articles(arrest)).contains("001", "002", "004");
        assertThat(arrest.participants()).contains("Juan Espinoza Martinez");
        assertThat(arrest.participants()).noneMatch(p -> p.equals("Juan Espinoza-Martinez"));
        Conflict c = arrest.conflicts().stream().filter(x -> x.kind() == Conflict.Kind.PARTICIPANT).findFirst()
                .orElseThrow();
        assertThat(c.claims()).extracting(Conflict.Claim::value).containsExactly("Latin Kings member", "MS-13 member");
        assertThat(c.claims().get(1).articles()).containsExactly("004");
    }

    @Test
    void theDhsWarningIsOneEventOnTuesdayWithATimeConflict() {
        Event warning = only(hasMention("000", "Tuesday"));
        assertThat(warning.time().value()).isEqualTo("2025-10-14");
        assertThat(hasMention("003", "Tuesday").test(warning)).isTrue();
        assertThat(hasMention("002", "October 15, 2025").test(warning)).isTrue();
        Conflict c = warning.conflicts().stream().filter(x -> x.kind() == Conflict.Kind.TIME).findFirst().orElseThrow();
        assertThat(c.claims()).extracting(Conflict.Claim::value).containsExactly("2025-10-14", "2025-10-15");
        assertThat(c.claims().get(0).articles()).containsExactly("000", "003");
        assertThat(c.claims().get(0).text()).isEqualTo("Tuesday");
        assertThat(c.claims().get(1).articles()).containsExactly("002");
        assertThat(c.claims().get(1).text()).isEqualTo("October 15, 2025");
    }

    @Test
    void pritzkersStatementOnTuesdayIsAnotherEvent() {
        Event pritzker = only(hasMention("002", "on Tuesday"));
        assertThat(pritzker.time().value()).isEqualTo("2025-10-14");
        assertThat(pritzker.trigger()).isEqualTo("said");
        assertThat(pritzker.mentions()).hasSize(1);
        assertThat(pritzker).isNotSameAs(only(hasMention("000", "Tuesday")));
    }

    @Test
    void theCourtRemarkLastWeekIsNotTheArrest() {
        Event arrest = only(hasMention("002", "October 6"));
        Event perry = only(e -> e.label().contains("Perry"));
        assertThat(perry).isNotSameAs(arrest);
        assertThat(perry.time().value()).isEqualTo("2025-W41");
        assertThat(perry.placement()).isEqualTo(Placement.RANGE);
        assertThat(perry.trigger()).isEqualTo("said");
    }

    @Test
    void reportedSpeechDatesTheSaying() {
        Event noem = only(hasMention("001", "in August"));
        assertThat(noem.trigger()).isEqualTo("said");
        assertThat(noem.time().value()).isEqualTo("2025-08");
    }

    @Test
    void theTimelineDoesNotDependOnArticleOrder() {
        List<Article> shuffled = new ArrayList<>(SeedFixture.articles());
        Collections.shuffle(shuffled, new Random(7));
        List<Event> again = timeline(shuffled);
        assertThat(again.toString()).isEqualTo(EVENTS.toString());
    }
}
