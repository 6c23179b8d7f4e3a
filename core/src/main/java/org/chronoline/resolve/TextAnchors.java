package org.chronoline.resolve;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.chronoline.model.ResolvedTime;

/**
 * The dates a text has named so far, in order, each with the part it plays in the text: the anchors
 * that later expressions count from ("the next day", "that week"). Some expressions pass over some
 * of them: "sales for the year", after "down from $21.7 million in fiscal 1992", is the year being
 * reported on, not the one compared with; "by 7 a.m. the town was emptied", after "forecasters had
 * warned of it the day before", is on the story's day, not on the earlier one a past perfect told of.
 *
 * <p>In a narrative the dates the story is told on, not those of its background, are also its frames:
 * they set the running date that partial dates ("in June") resolve against.
 *
 * <p>Made per text by {@link ResolutionPass}; not thread-safe.
 */
final class TextAnchors {

    /** The part a date plays in the text, beyond dating what it dates. */
    enum Role {
        /** A period a report compares with ("down from $21.7 million in fiscal 1992"). */
        COMPARED,
        /** The start of a state ("has lived there since 1984"). */
        STATE_START,
        /** The day something was said on ("officials said Wednesday"). */
        SAYING,
        /** What a past perfect told of as earlier, or a state's start: background to the story. */
        BACKGROUND,
        /** A day something is due by ("to expect two feet by Christmas Eve"): a bound, not a happening. */
        DEADLINE
    }

    private final List<ResolvedTime> all = new ArrayList<>();
    private final List<Set<Role>> roles = new ArrayList<>();
    private final List<ResolvedTime> frames;

    /** @param narrative whether the text tells history, when frames are kept */
    TextAnchors(boolean narrative) {
        this.frames = narrative ? new ArrayList<>() : null;
    }

    /** Every date named so far, in order. */
    List<ResolvedTime> all() {
        return all;
    }

    /** The dates the story was told on so far, in order, in a narrative; {@code null} in news. */
    List<ResolvedTime> frames() {
        return frames;
    }

    /** The dates named so far that play none of {@code passedOver}, in order. */
    List<ResolvedTime> without(Set<Role> passedOver) {
        if (passedOver.isEmpty()) {
            return all;
        }
        List<ResolvedTime> kept = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            if (roles.get(i).stream().noneMatch(passedOver::contains)) {
                kept.add(all.get(i));
            }
        }
        return List.copyOf(kept);
    }

    /** The dates named so far and then {@code day}, which the text names next to the expression at hand. */
    List<ResolvedTime> with(ResolvedTime day) {
        List<ResolvedTime> both = new ArrayList<>(all.size() + 1);
        both.addAll(all);
        both.add(day);
        return both;
    }

    /** Records a date the text named, with the parts it plays. */
    void add(ResolvedTime time, Set<Role> parts) {
        all.add(time);
        roles.add(parts.isEmpty() ? Set.of() : EnumSet.copyOf(parts));
        if (frames != null && !parts.contains(Role.BACKGROUND)) {
            frames.add(time);
        }
    }
}
