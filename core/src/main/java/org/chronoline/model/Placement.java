package org.chronoline.model;

/** How an event's position on the timeline was decided. */
public enum Placement {
    /** Its time is a day or finer: it sits on that day. */
    EXACT,
    /**
     * Its time is a wider range ("last week", "this fall", "earlier this month"): it is placed at the
     * start of the range, after any exact event of the same day; see {@code order.TimelineOrder}.
     */
    RANGE,
    /** Its time is open-ended ("since January 2023", "by October 3"): placed at its known bound. */
    OPEN
}
