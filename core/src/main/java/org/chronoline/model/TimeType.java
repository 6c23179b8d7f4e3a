package org.chronoline.model;

/** The four TIMEX3 types. */
public enum TimeType {
    /** A calendar date or a coarser period: {@code 2025-10-14}, {@code 2025-W41}, {@code 2025-FA}. */
    DATE,
    /** A time of day or a part of a day: {@code 2025-10-14T10:00}, {@code 2025-10-14TMO}. */
    TIME,
    /** An amount of time: {@code P3D}, {@code PXY}. */
    DURATION,
    /** A recurring time: {@code XXXX-WXX-2} (every Tuesday), {@code P1M} (monthly). */
    SET
}
