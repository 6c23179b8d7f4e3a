package org.chronoline.resolve;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.model.Granularity;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;

/**
 * The fiscal year a report keeps, when it says where it ends or begins: "the fiscal year ending June 30",
 * "the fiscal year that begins July 1", "the
 * second quarter of fiscal 2026, which ended December 31, 2025" (a second quarter that ends in
 * December ends a year in June). A fiscal period keeps the name TimeML writers give it ("the fiscal
 * second quarter" of fiscal 1989 is {@code 1989-Q2}) and is placed where it falls (October to December
 * 1988): fiscal year N is the year that ends in N.
 *
 * <p>Stateless; thread-safe.
 */
final class FiscalYears {

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** "the fiscal year ending June 30", "its fiscal year ends in September". */
    private static final Pattern YEAR_ENDS = Pattern.compile(
            "fiscal\\s+year\\s+(?:that\\s+|which\\s+)?(?:ending|ended|ends|end)\\s+(?:on\\s+|in\\s+)?" + MONTH);
    /** "the fiscal year that begins July 1": it ends with the month before. */
    private static final Pattern YEAR_BEGINS = Pattern.compile(
            "fiscal\\s+year\\s+(?:that\\s+|which\\s+)?(?:beginning|began|begins|begin|starting|started|starts|start)\\s+"
                    + "(?:on\\s+|in\\s+)?" + MONTH + "\\s+1\\b");
    /** "the second quarter of fiscal 2026, which ended December 31", "its fiscal first quarter ended Sept. 30". */
    private static final Pattern QUARTER_ENDS = Pattern.compile(
            "(first|second|third|fourth)[\\s-]+(?:fiscal\\s+)?quarter\\b[^.;]{0,60}?\\b(?:ending|ended|ends)\\s+(?:on\\s+)?"
                    + MONTH);

    private FiscalYears() {
    }

    /**
     * The month in which the text's fiscal year ends, when it says so and it is not December;
     * {@code null} otherwise.
     */
    static Month yearEnd(String text) {
        if (text.indexOf("fiscal") < 0) {
            return null;
        }
        Matcher y = YEAR_ENDS.matcher(text);
        if (y.find()) {
            return notDecember(month(y.group(1)));
        }
        Matcher b = YEAR_BEGINS.matcher(text);
        if (b.find()) {
            return notDecember(month(b.group(1)).minus(1));
        }
        Matcher q = QUARTER_ENDS.matcher(text);
        if (q.find()) {
            int quarter = switch (q.group(1)) {
                case "first" -> 1;
                case "second" -> 2;
                case "third" -> 3;
                default -> 4;
            };
            return notDecember(month(q.group(2)).plus(3L * (4 - quarter)));
        }
        return null;
    }

    private static Month notDecember(Month m) {
        return m == Month.DECEMBER ? null : m;
    }

    private static Month month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(w.substring(0, 3))) {
                return m;
            }
        }
        throw new IllegalArgumentException("no month: " + word);
    }

    /** The first month of fiscal year {@code year}, which ends in {@code end} of that year. */
    private static YearMonth firstMonth(int year, Month end) {
        return YearMonth.of(year, end).plusMonths(1).minusYears(1);
    }

    /** Quarter {@code q} of fiscal {@code year}: named {@code year-Qq}, placed where it falls. */
    static ResolvedTime quarter(int year, int q, Month end, Resolution r) {
        YearMonth first = firstMonth(year, end).plusMonths(3L * (q - 1));
        return ResolvedTime.ofDates(Periods.yearText(year) + "-Q" + q, first.atDay(1), first.plusMonths(2).atEndOfMonth(),
                Granularity.QUARTER, r);
    }

    /** Half {@code h} of fiscal {@code year}. */
    static ResolvedTime half(int year, int h, Month end, Resolution r) {
        YearMonth first = firstMonth(year, end).plusMonths(6L * (h - 1));
        return ResolvedTime.ofDates(Periods.yearText(year) + "-H" + h, first.atDay(1), first.plusMonths(5).atEndOfMonth(),
                Granularity.HALF_YEAR, r);
    }

    /** Fiscal {@code year} as a whole. */
    static ResolvedTime year(int year, Month end, Resolution r) {
        YearMonth first = firstMonth(year, end);
        return ResolvedTime.ofDates(Periods.yearText(year), first.atDay(1), YearMonth.of(year, end).atEndOfMonth(),
                Granularity.YEAR, r);
    }

    /** The fiscal year named after the calendar year in which it ends that holds {@code day}. */
    static int yearOf(LocalDate day, Month end) {
        return day.getMonthValue() > end.getValue() ? day.getYear() + 1 : day.getYear();
    }
}
