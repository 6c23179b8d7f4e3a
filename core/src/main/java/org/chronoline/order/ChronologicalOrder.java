package org.chronoline.order;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.chronoline.model.Modifier;
import org.chronoline.model.Placement;

/**
 * The default timeline order. Each event is placed at one instant of its time range, and events are
 * sorted by these keys, each breaking the ties of the one before:
 * <ol>
 *   <li>the <b>placement instant</b>: the start of its range; for an {@link Placement#OPEN} time
 *       bounded above only ("by October 3", "before 2024"), the end, its one known bound;</li>
 *   <li>the placement: {@link Placement#EXACT} before {@link Placement#RANGE} before
 *       {@link Placement#OPEN}, so a vague "earlier this month" comes after the exact events of its
 *       first day;</li>
 *   <li>narrower before wider (a week before the month that starts the same day);</li>
 *   <li>the end of the range, earlier first;</li>
 *   <li>the label, then the first mention's article id and offset, then the time value.</li>
 * </ol>
 * The order is total and depends on nothing but the events: the same events in any input order give
 * the same timeline.
 *
 * <p>Immutable and thread-safe.
 */
final class ChronologicalOrder implements TimelineOrder {
    static final ChronologicalOrder INSTANCE = new ChronologicalOrder();

    private static final Comparator<Event> ORDER = Comparator
            .comparing(ChronologicalOrder::placedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Event::placement)
            .thenComparingLong(e -> e.time().days())
            .thenComparing(e -> e.time().end(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Event::label)
            .thenComparing(e -> first(e).article())
            .thenComparingInt(e -> first(e).sentence().span().start())
            .thenComparing(e -> e.time().value());

    @Override
    public List<Event> order(List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        out.sort(ORDER);
        return out;
    }

    /** The instant an event is placed at; see the class doc. */
    static LocalDateTime placedAt(Event e) {
        Modifier m = e.time().modifier();
        if (e.placement() == Placement.OPEN && (m == Modifier.BEFORE || m == Modifier.ON_OR_BEFORE)) {
            return e.time().end();
        }
        return e.time().start();
    }

    private static EventMention first(Event e) {
        return e.mentions().get(0);
    }
}
