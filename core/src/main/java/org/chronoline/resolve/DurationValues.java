package org.chronoline.resolve;

import org.chronoline.temporal.TimeSpec;
import org.chronoline.temporal.TimeSpec.Unit;

/**
 * The TimeML values of amounts of time: a duration ("three years", {@code P3Y}), one with a half more
 * ("an hour and a half", {@code PT1H30M}), a compound one ("two weeks and three days", {@code P17D}),
 * and the period of a set ("every two weeks"). The duration and recurrence visits of
 * {@link SpecResolver} and the vague counts {@link ResolutionPass} writes as amounts use them.
 *
 * <p>Stateless; thread-safe.
 */
final class DurationValues {

    private DurationValues() {
    }

    /** "2 1/2 years" is {@code P2Y6M}, "an hour and a half" {@code PT1H30M}: the half in the next unit down. */
    static String halfMoreValue(Unit unit, int amount) {
        return switch (unit) {
            case SECOND -> "PT" + amount + ".5S";
            case MINUTE -> "PT" + amount + "M30S";
            case HOUR -> "PT" + amount + "H30M";
            case DAY -> "P" + amount + "DT12H";
            case WEEKEND -> "P" + (amount * 2 + 1) + "D";
            case WEEK -> "P" + (amount * 7 + 3) + "DT12H";
            case MONTH -> "P" + amount + "M15D";
            case QUARTER -> "P" + (amount * 3 + 1) + "M15D";
            case HALF -> "P" + (amount * 6 + 3) + "M";
            case SEASON -> "P" + (amount * 3 + 1) + "M15D";
            case YEAR -> "P" + amount + "Y6M";
            case DECADE -> "P" + (amount * 10 + 5) + "Y";
            case CENTURY -> "P" + (amount * 100 + 50) + "Y";
        };
    }

    /** "two weeks and three days": {@code P17D}; "an hour and four minutes": {@code PT1H4M}. */
    static String compoundValue(TimeSpec.Duration d) {
        int[] amounts = new int[Unit.values().length];
        for (TimeSpec.Duration part = d; part != null; part = part.rest()) {
            boolean weeks = part.unit() == Unit.WEEK;
            amounts[(weeks ? Unit.DAY : part.unit()).ordinal()] += weeks ? 7 * part.amount() : part.amount();
        }
        StringBuilder v = new StringBuilder("P");
        for (Unit u : new Unit[] {Unit.YEAR, Unit.MONTH, Unit.DAY, Unit.HOUR, Unit.MINUTE, Unit.SECOND}) {
            if (u == Unit.HOUR) {
                v.append('T');
            }
            if (amounts[u.ordinal()] > 0) {
                v.append(amounts[u.ordinal()]).append(u.designator());
            }
        }
        return v.charAt(v.length() - 1) == 'T' ? v.substring(0, v.length() - 1) : v.toString();
    }

    /**
     * "three years" is {@code P3Y}, "several hours" {@code PTXH}: a half, a season, a decade and a
     * century in the months or years they hold, with {@code X} (and a unit of their own for decades and
     * centuries) when the amount is unknown ({@code null}).
     */
    static String durationValue(Unit unit, Integer amount) {
        String n = amount == null ? "X" : String.valueOf(amount);
        return switch (unit) {
            case SECOND, MINUTE, HOUR -> "PT" + n + unit.designator();
            case HALF -> amount == null ? "PXM" : "P" + amount * 6 + "M";
            case DECADE -> amount == null ? "PXDE" : "P" + amount * 10 + "Y";
            case CENTURY -> amount == null ? "PXCE" : "P" + amount * 100 + "Y";
            case SEASON -> amount == null ? "PXM" : "P" + amount * 3 + "M";
            default -> "P" + n + unit.designator();
        };
    }
}
