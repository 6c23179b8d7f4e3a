package org.chronoline.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.chronoline.model.Anchor;
import org.chronoline.model.Granularity;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.TimeType;
import org.chronoline.temporal.TimeSpec;

/**
 * The periods a report is on, found among the dates its text named before an expression: the
 * quarter reported on, the month and the year, and that quarter a year back ("the year-ago
 * quarter", "up from $100 million a year earlier"). Also the period named before, again or years
 * back, as the text named it (a fiscal quarter keeps its name), which the other anaphora of
 * {@link SpecResolver} count with.
 *
 * <p>Made by {@link SpecResolver} for one expression, from its publication day, the times named
 * before it and the rule that found it; per call and not shared (it reads the caller's list of
 * anchors, which it does not copy).
 */
final class ReportedPeriods {

    private final LocalDate pub;
    private final List<ResolvedTime> anchors;
    private final String rule;

    ReportedPeriods(LocalDate pub, List<ResolvedTime> anchors, String rule) {
        this.pub = pub;
        this.anchors = anchors;
        this.rule = rule;
    }

    /**
     * The times the text named that may be the period a report is about: over by publication and
     * begun within the year before it. A forecast ("the third quarter of 1990") or an older period
     * is no base for "year-ago"; with none, the year before publication is.
     */
    List<ResolvedTime> reportedPeriods() {
        List<ResolvedTime> out = new ArrayList<>();
        for (ResolvedTime t : anchors) {
            if (!t.endDate().isAfter(pub) && !t.startDate().isBefore(pub.minusYears(1))) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * When the last period a report names (a month or longer) is a quarter, the quarter of those
     * named that ends last: in earnings news the quarter reported on, which other quarters named
     * in passing precede; otherwise {@code null}.
     */
    ResolvedTime latestReportedQuarter() {
        ResolvedTime lastPeriod = null;
        ResolvedTime latest = null;
        for (ResolvedTime t : reportedPeriods()) {
            if (t.resolution().anchor() == Anchor.PREVIOUS_MENTION || t.granularity().compareTo(Granularity.MONTH) < 0) {
                continue;
            }
            lastPeriod = t;
            if (t.granularity() == Granularity.QUARTER && (latest == null || !t.endDate().isBefore(latest.endDate()))) {
                latest = t;
            }
        }
        return lastPeriod != null && lastPeriod.granularity() == Granularity.QUARTER ? latest : null;
    }

    /**
     * The month a report is on, as "the month" names it: of the months the text named itself (not
     * derived from others) that are over by publication and began within the year before it, the one
     * that ends last; {@code null} when there is none.
     */
    ResolvedTime reportedMonth() {
        ResolvedTime latest = null;
        for (ResolvedTime t : reportedPeriods()) {
            if (t.granularity() == Granularity.MONTH && t.resolution().anchor() != Anchor.PREVIOUS_MENTION
                    && (latest == null || t.endDate().isAfter(latest.endDate()))) {
                latest = t;
            }
        }
        return latest == null ? null : samePeriod(latest, mentioned(latest));
    }

    /**
     * The year a report is on: the calendar year in which the latest quarter it reports on ends, or,
     * with none, the year of the day three months before publication.
     */
    ResolvedTime reportedYear() {
        ResolvedTime quarter = latestReportedQuarter();
        return quarter == null ? Periods.year(pub.minusMonths(3).getYear(), publication())
                : Periods.year(quarter.endDate().getYear(), mentioned(quarter));
    }

    /** The period {@code prev} names a year back, as {@code prev} names it ("the year-earlier period" after a half). */
    ResolvedTime yearBack(ResolvedTime prev) {
        return sameGranularity(prev, -1, mentioned(prev));
    }

    /** The quarter reported on ({@link #latestReportedQuarter}) {@code years} back, or {@code null}. */
    ResolvedTime reportedQuarterBack(int years) {
        ResolvedTime quarter = latestReportedQuarter();
        return quarter == null ? null : sameGranularity(quarter, years, mentioned(quarter));
    }

    /**
     * "the year-ago quarter": the quarter last reported on, or the one holding the last date, a year
     * back; with neither, the last completed quarter a year back.
     */
    ResolvedTime quarterYearsBack(TimeSpec.Anaphoric a, List<ResolvedTime> pool) {
        ResolvedTime day = null;
        for (int i = pool.size() - 1; i >= 0; i--) {
            ResolvedTime prev = pool.get(i);
            if (prev.resolution().anchor() == Anchor.PREVIOUS_MENTION) {
                continue;
            }
            Resolution r = mentioned(prev);
            if (prev.granularity() == Granularity.QUARTER) {
                return sameGranularity(prev, a.offset(), r);
            }
            if (day == null && prev.granularity().compareTo(Granularity.DAY) <= 0) {
                day = prev;
            }
        }
        if (day != null) {
            LocalDate d = day.startDate().plusYears(a.offset());
            return Periods.quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1,
                    mentioned(day));
        }
        LocalDate last = pub.minusMonths(3).plusYears(a.offset());
        return Periods.quarter(last.getYear(), (last.getMonthValue() - 1) / 3 + 1, publication());
    }

    /** The period {@code prev} names, as a plain date resolved by {@code r} ("that week", "that day"). */
    static ResolvedTime samePeriod(ResolvedTime prev, Resolution r) {
        return new ResolvedTime(prev.value(), TimeType.DATE, prev.start(), prev.end(), prev.granularity(),
                null, null, null, r);
    }

    /** The period {@code prev} names {@code years} on (back, when negative), as a period of its granularity. */
    static ResolvedTime sameGranularity(ResolvedTime prev, int years, Resolution r) {
        Granularity g = prev.granularity();
        if ((g == Granularity.QUARTER || g == Granularity.HALF_YEAR) && prev.value().length() == "1989-Q2".length()
                && !calendarPeriod(prev.startDate(), g, r).value().equals(prev.value())) {
            // a period named otherwise than the calendar names its dates (a fiscal one) keeps its name
            // a year on: the fiscal 1989-Q2 a year back is 1988-Q2
            int year = Integer.parseInt(prev.value().substring(0, 4)) + years;
            return new ResolvedTime(Periods.yearText(year) + prev.value().substring(4), TimeType.DATE,
                    prev.start().plusYears(years), prev.end().plusYears(years), g, null, null, null, r);
        }
        return calendarPeriod(prev.startDate().plusYears(years), g, r);
    }

    /** The calendar's quarter, half or (else) month that holds {@code day}. */
    private static ResolvedTime calendarPeriod(LocalDate day, Granularity g, Resolution r) {
        return switch (g) {
            case QUARTER -> Periods.quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1, r);
            case HALF_YEAR -> Periods.half(day.getYear(), (day.getMonthValue() - 1) / 6 + 1, r);
            default -> Periods.month(YearMonth.from(day), r);
        };
    }

    /** Resolved against {@code anchor}, a time the text named before. */
    private Resolution mentioned(ResolvedTime anchor) {
        return new Resolution(Anchor.PREVIOUS_MENTION, anchor.value(), rule);
    }

    private Resolution publication() {
        return new Resolution(Anchor.PUBLICATION, pub.toString(), rule);
    }
}
