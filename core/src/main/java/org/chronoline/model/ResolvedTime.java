package org.chronoline.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * A temporal expression resolved to a TIMEX3 value and a calendar range.
 *
 * <p>{@code start} and {@code end} are both inclusive. They are whole days ({@code 00:00} to
 * {@code 23:59:59.999999999} are not used: the date part is what counts) unless the granularity
 * {@linkplain Granularity#hasTimeOfDay() has a time of day}, in which case the time part is
 * meaningful. Both are {@code null} for times with no calendar extent (an unanchored duration, a
 * set, {@code PAST_REF}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value       the TIMEX3 value ({@code 2025-10-14}, {@code 2025-W41}, {@code P3D}, {@code PAST_REF})
 * @param type        the TIMEX3 type
 * @param start       the first instant covered, inclusive, or {@code null}
 * @param end         the last instant covered, inclusive, or {@code null}
 * @param granularity how precisely the time is known
 * @param modifier    the TIMEX3 mod, or {@code null}
 * @param quant       the TIMEX3 quant of a set ({@code EVERY}), or {@code null}
 * @param freq        the TIMEX3 freq of a set ({@code 1X}), or {@code null}
 * @param resolution  how the value was obtained
 */
public record ResolvedTime(String value, TimeType type, LocalDateTime start, LocalDateTime end,
                           Granularity granularity, Modifier modifier, String quant, String freq,
                           Resolution resolution) {

    public ResolvedTime {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(resolution, "resolution");
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("start and end must both be set or both be null: " + value);
        }
        if (start != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " before start " + start + " in " + value);
        }
        if (end != null && end.equals(start)) {
            end = start; // one object for a single instant: many times are single days
        }
    }

    /** A date-typed time covering whole days {@code first..last}. */
    public static ResolvedTime ofDates(String value, LocalDate first, LocalDate last, Granularity granularity,
                                       Resolution resolution) {
        return new ResolvedTime(value, TimeType.DATE, first.atStartOfDay(), last.atStartOfDay(), granularity,
                null, null, null, resolution);
    }

    /** Whether this time has a calendar extent. */
    public boolean isAnchored() {
        return start != null;
    }

    /** The first day covered, or {@code null}. */
    public LocalDate startDate() {
        return start == null ? null : start.toLocalDate();
    }

    /** The last day covered, or {@code null}. */
    public LocalDate endDate() {
        return end == null ? null : end.toLocalDate();
    }

    /** The days covered, or {@code null} when the time has no calendar extent. */
    public LocalDateRange dateRange() {
        return start == null ? null : LocalDateRange.ofClosed(startDate(), endDate());
    }

    /** Whether both times have calendar extents whose days overlap. */
    public boolean overlaps(ResolvedTime other) {
        return isAnchored() && other.isAnchored()
                && !startDate().isAfter(other.endDate()) && !other.startDate().isAfter(endDate());
    }

    /** Whether this time's days lie within the other's. */
    public boolean isWithin(ResolvedTime other) {
        return isAnchored() && other.isAnchored()
                && !startDate().isBefore(other.startDate()) && !endDate().isAfter(other.endDate());
    }

    /** The number of days covered, or {@code Long.MAX_VALUE} when not anchored. */
    public long days() {
        return start == null ? Long.MAX_VALUE : endDate().toEpochDay() - startDate().toEpochDay() + 1;
    }

    /** An equal time whose value strings are the JVM's shared instances. */
    public ResolvedTime shared() {
        Resolution r = resolution.anchorValue() == null ? resolution
                : new Resolution(resolution.anchor(), resolution.anchorValue().intern(), resolution.rule().intern());
        return new ResolvedTime(value.intern(), type, start, end, granularity, modifier, quant, freq, r);
    }

    public ResolvedTime withModifier(Modifier newModifier) {
        return new ResolvedTime(value, type, start, end, granularity, newModifier, quant, freq, resolution);
    }

    /** This time, resolved against another anchor. */
    public ResolvedTime withResolution(Resolution newResolution) {
        return new ResolvedTime(value, type, start, end, granularity, modifier, quant, freq, newResolution);
    }

    @Override
    public String toString() {
        return value + (modifier == null ? "" : "/" + modifier)
                + (start == null ? "" : " [" + rangeText() + "]");
    }

    private String rangeText() {
        if (granularity.hasTimeOfDay()) {
            return start + ".." + end;
        }
        return startDate().equals(endDate()) ? startDate().toString() : startDate() + ".." + endDate();
    }
}
