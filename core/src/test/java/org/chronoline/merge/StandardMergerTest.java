package org.chronoline.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chronoline.model.ArticleInfo;
import org.chronoline.model.Conflict;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.junit.jupiter.api.Test;

class StandardMergerTest {

    private static final EventMention OCT6 = Mentions.of("b", 1,
            "On October 6, federal agents arrested Juan Espinoza Martinez in Chicago.", "arrested", "October 6",
            Mentions.day("2025-10-06"), List.of("Juan Espinoza Martinez", "Chicago"),
            List.of("federal", "agent", "arrest", "juan", "espinoza", "martinez", "chicago"));
    private static final EventMention LAST_WEEK = Mentions.of("a", 1,
            "Last week, federal officers arrested Juan Espinoza-Martinez.", "arrested", "Last week",
            Mentions.week("2025-W41", "2025-10-06"), List.of("Juan Espinoza-Martinez"),
            List.of("federal", "officer", "arrest", "juan", "espinoza-martinez"));
    private static final EventMention COURT = Mentions.of("c", 4,
            "Last week, Judge April Perry said the evidence was unreliable.", "said", "Last week",
            Mentions.week("2025-W41", "2025-10-06"), List.of("Judge April Perry"),
            List.of("judg", "april", "perry", "evidenc", "unreliabl"));

    private static MergeResult merge(EventMention... mentions) {
        return EventMerger.standard().merge(List.of(mentions), Map.of());
    }

    @Test
    void aWeekAndADayInItMergeOnTheDay() {
        MergeResult r = merge(LAST_WEEK, OCT6);
        assertThat(r.events()).hasSize(1);
        Event e = r.events().get(0);
        assertThat(e.time().value()).isEqualTo("2025-10-06");
        assertThat(e.conflicts()).isEmpty();
        assertThat(e.mentions()).extracting(EventMention::article).containsExactly("a", "b");
    }

    @Test
    void differentHappeningsInTheSameWeekStayApart() {
        assertThat(merge(LAST_WEEK, OCT6, COURT).events()).hasSize(2);
    }

    @Test
    void differentSpeakersOnOneDayStayApart() {
        EventMention dhs = Mentions.of("a", 1, "Homeland Security officials warned Tuesday of bounties in Chicago.",
                "warned", "Tuesday", Mentions.day("2025-10-14"), List.of("Homeland Security", "Chicago"),
                List.of("homeland", "security", "official", "warn", "bounty", "chicago"));
        EventMention pritzker = Mentions.of("b", 2, "Pritzker said on Tuesday that ICE agents in Chicago used tear gas.",
                "said", "Tuesday", Mentions.day("2025-10-14"), List.of("Pritzker", "ICE", "Chicago"),
                List.of("pritzker", "ice", "agent", "chicago", "tear", "gas", "bounty"));
        assertThat(merge(dhs, pritzker).events()).hasSize(2);
    }

    @Test
    void aDayApartMergesWithTheMajorityDateAndAConflict() {
        EventMention a = Mentions.of("a", 1, "Homeland Security officials warned Tuesday of cartel bounties on officers.",
                "warned", "Tuesday", Mentions.day("2025-10-14"), List.of("Homeland Security"),
                List.of("homeland", "security", "official", "warn", "cartel", "bounty", "officer"));
        EventMention b = Mentions.of("b", 1, "According to a DHS bulletin published Tuesday, cartel bounties target officers.",
                "published", "Tuesday", Mentions.day("2025-10-14"), List.of("DHS"),
                List.of("dhs", "bulletin", "publish", "cartel", "bounty", "target", "officer"));
        EventMention c = Mentions.of("c", 1, "On October 15, 2025, DHS warned of cartel bounties on officers.",
                "warned", "October 15, 2025", Mentions.day("2025-10-15"), List.of("DHS"),
                List.of("dhs", "warn", "cartel", "bounty", "officer"));
        Map<String, ArticleInfo> infos = Map.of();
        List<Event> events = EventMerger.standard().merge(List.of(c, b, a), infos).events();
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.time().value()).isEqualTo("2025-10-14");
        assertThat(e.conflicts()).hasSize(1);
        Conflict conflict = e.conflicts().get(0);
        assertThat(conflict.kind()).isEqualTo(Conflict.Kind.TIME);
        assertThat(conflict.claims()).extracting(Conflict.Claim::value).containsExactly("2025-10-14", "2025-10-15");
        assertThat(conflict.claims()).extracting(Conflict.Claim::articles)
                .containsExactly(List.of("a", "b"), List.of("c"));
    }

    @Test
    void daysFarApartDoNotMerge() {
        EventMention later = Mentions.of("c", 1, "On October 16, federal agents arrested Juan Espinoza Martinez.",
                "arrested", "October 16", Mentions.day("2025-10-16"), List.of("Juan Espinoza Martinez"),
                List.of("federal", "agent", "arrest", "juan", "espinoza", "martinez"));
        assertThat(merge(OCT6, later).events()).hasSize(2);
    }

    @Test
    void undatedMentionsAttachToTheSameHappeningOrStayUndated() {
        EventMention undated = Mentions.of("d", 2,
                "The arrest of Juan Espinoza Martinez in Chicago was a milestone.", "arrest", null, null,
                List.of("Juan Espinoza Martinez", "Chicago"), List.of("arrest", "juan", "espinoza", "martinez", "chicago"));
        EventMention unrelated = Mentions.of("d", 3, "The arrest of Eric Hamilton in Portland was a milestone.", "arrest",
                null, null, List.of("Eric Hamilton", "Portland"), List.of("arrest", "eric", "hamilton", "portland"));
        MergeResult r = merge(OCT6, undated, unrelated);
        assertThat(r.events()).hasSize(1);
        assertThat(r.events().get(0).mentions()).contains(undated);
        assertThat(r.undated()).containsExactly(unrelated);
    }

    @Test
    void theResultDoesNotDependOnInputOrder() {
        List<EventMention> all = new ArrayList<>(List.of(LAST_WEEK, OCT6, COURT));
        String first = EventMerger.standard().merge(all, Map.of()).toString();
        for (int seed = 0; seed < 5; seed++) {
            Collections.shuffle(all, new Random(seed));
            assertThat(EventMerger.standard().merge(all, Map.of()).toString()).isEqualTo(first);
        }
    }

    @Test
    void mergesOneHundredThousandMentions() {
        List<EventMention> mentions = MergeBenchmark.generate(100_000, 42);
        MergeResult r = EventMerger.standard().merge(mentions, Map.of());
        int total = r.undated().size();
        for (Event e : r.events()) {
            total += e.mentions().size();
        }
        assertThat(total).isEqualTo(mentions.size());
        // 20,000 happenings told five times each: nearly all should come out whole
        assertThat(r.events().size()).isBetween(20_000, 24_000);
    }
}
