package org.chronoline.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world happening, merged from every article that reports it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id           stable within one timeline ({@code e1}, {@code e2} ... in timeline order)
 * @param time         the most specific time consistent with its mentions
 * @param placement    how its position was decided
 * @param label        a short label
 * @param trigger      the trigger word most mentions share, or {@code null}
 * @param participants participants, normalised and merged across mentions, sorted
 * @param mentions     every mention, in article order then text order
 * @param conflicts    disagreements between the sources, possibly empty
 */
public record Event(String id, ResolvedTime time, Placement placement, String label, String trigger,
                    List<String> participants, List<EventMention> mentions, List<Conflict> conflicts) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(label, "label");
        participants = List.copyOf(participants);
        mentions = List.copyOf(mentions);
        conflicts = List.copyOf(conflicts);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one mention");
        }
    }

    public Event withId(String newId) {
        return new Event(newId, time, placement, label, trigger, participants, mentions, conflicts);
    }
}
