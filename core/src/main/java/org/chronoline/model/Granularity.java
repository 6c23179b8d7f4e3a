package org.chronoline.model;

/**
 * How precisely a resolved time is known, from the finest to the coarsest. A week is a week, not its
 * Monday: Chronoline keeps the granularity the text gives.
 */
public enum Granularity {
    SECOND,
    MINUTE,
    HOUR,
    /** Morning, afternoon, evening or night of a day ({@code TMO}, {@code TAF}, {@code TEV}, {@code TNI}). */
    PART_OF_DAY,
    DAY,
    /** Saturday and Sunday of one ISO week ({@code 2025-W41-WE}). */
    WEEKEND,
    /** One ISO week, Monday to Sunday ({@code 2025-W41}). */
    WEEK,
    MONTH,
    /** A calendar quarter, including fiscal quarters ({@code 2025-Q3}). */
    QUARTER,
    /** A meteorological season of the northern hemisphere ({@code 2025-FA}). */
    SEASON,
    /** A half year ({@code 2025-H1}). */
    HALF_YEAR,
    YEAR,
    DECADE,
    CENTURY,
    MILLENNIUM,
    /** No calendar extent: {@code PAST_REF}, {@code PRESENT_REF}, {@code FUTURE_REF}, durations, sets. */
    UNSPECIFIED;

    /** Whether a time of this granularity carries a time of day. */
    public boolean hasTimeOfDay() {
        return compareTo(PART_OF_DAY) <= 0;
    }
}
