package org.chronoline.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.chronoline.model.Anchor;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.chronoline.model.Granularity;
import org.chronoline.model.Modifier;
import org.chronoline.model.Placement;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Sentence;
import org.chronoline.model.Span;
import org.chronoline.model.Tense;
import org.junit.jupiter.api.Test;

class ChronologicalOrderTest {

    private static Event event(String label, String value, String first, String last, Granularity g, Modifier mod,
                               Placement placement, String article) {
        ResolvedTime t = ResolvedTime.ofDates(value, LocalDate.parse(first), LocalDate.parse(last), g,
                new Resolution(Anchor.PUBLICATION, null, "test")).withModifier(mod);
        EventMention m = new EventMention(article, new Sentence(0, Span.of(0, label.length()), label, false), null, null,
                List.of(), List.of(), label, Tense.PAST, null);
        return new Event("?", t, placement, label, null, List.of(), List.of(m), List.of());
    }

    @Test
    void ordersByPlacementInstantThenPlacementThenWidthThenLabelThenFirstMention() {
        List<Event> expected = List.of(
                event("assaults rose", "2023-01", "2023-01-01", "2023-01-31", Granularity.MONTH, Modifier.ON_OR_AFTER,
                        Placement.OPEN, "004"),
                event("operation launched", "2025-09-08", "2025-09-08", "2025-09-08", Granularity.DAY, null,
                        Placement.EXACT, "002"),
                event("A rally", "2025-10-01", "2025-10-01", "2025-10-01", Granularity.DAY, null, Placement.EXACT, "009"),
                event("B rally", "2025-10-01", "2025-10-01", "2025-10-01", Granularity.DAY, null, Placement.EXACT, "001"),
                event("B rally", "2025-10-01", "2025-10-01", "2025-10-01", Granularity.DAY, null, Placement.EXACT, "002"),
                event("earlier this month", "2025-10", "2025-10-01", "2025-10-16", Granularity.MONTH, Modifier.START,
                        Placement.RANGE, "002"),
                event("this month", "2025-10", "2025-10-01", "2025-10-31", Granularity.MONTH, null, Placement.RANGE,
                        "002"),
                // "by October 3" is placed at its known bound, the end
                event("migrants detained", "2025-10-03", "2025-10-03", "2025-10-03", Granularity.DAY,
                        Modifier.ON_OR_BEFORE, Placement.OPEN, "002"),
                event("arrest", "2025-10-06", "2025-10-06", "2025-10-06", Granularity.DAY, null, Placement.EXACT, "002"),
                event("court remark", "2025-W41", "2025-10-06", "2025-10-12", Granularity.WEEK, null, Placement.RANGE,
                        "003"));
        List<Event> shuffled = new ArrayList<>(expected);
        for (int seed = 0; seed < 10; seed++) {
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(TimelineOrder.chronological().order(shuffled)).containsExactlyElementsOf(expected);
        }
    }
}
