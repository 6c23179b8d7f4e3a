package org.chronoline.io.timeml;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.model.Granularity;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Span;
import org.chronoline.model.TemporalExpression;
import org.chronoline.model.TimeType;

/**
 * Writes a TimeML document with {@code <TIMEX3>} tags around the given expressions: the TEXT
 * element's content becomes the stripped text, XML-escaped, with one tag per resolved expression;
 * everything outside TEXT is copied unchanged. Expressions must not overlap (as a finder returns them).
 *
 * <p>Stateless and thread-safe.
 */
public final class TimeMlWriter {

    /** The two days of a range as written: "Oct. 3" and "6" of "Oct. 3-6", "Oct. 30" and "Nov. 2". */
    private static final Pattern DAY_RANGE = Pattern.compile(
            "(.*\\d)\\s*(?:[-\u2013\u2014]|\\s(?:to|through|thru|until)\\s)\\s*(\\S.*)");

    private TimeMlWriter() {
    }

    /**
     * One TIMEX3 as written: its span in the text and the words there, type, value and mod (plus quant
     * and freq of a set). A range of days is written as two, one for each end, as TimeML annotates them.
     */
    record Tag(Span span, String text, TimeType type, String value, String mod, String quant, String freq) {
    }

    /** The TIMEX3 tags of the expressions that are resolved, in text order. */
    static List<Tag> tags(List<TemporalExpression> expressions) {
        List<Tag> out = new ArrayList<>(expressions.size());
        for (TemporalExpression e : expressions) {
            if (!e.isResolved()) {
                continue;
            }
            ResolvedTime t = e.time();
            Matcher ends = isRange(t) && t.granularity() == Granularity.DAY ? DAY_RANGE.matcher(e.text()) : null;
            if (ends != null && ends.matches()) {
                // "Oct. 3-6": the first day and the last, each where it is written
                int start = e.span().start();
                out.add(new Tag(new Span(start, start + ends.end(1)), ends.group(1), TimeType.DATE,
                        t.startDate().toString(), null, null, null));
                out.add(new Tag(new Span(start + ends.start(2), e.span().end()), ends.group(2), TimeType.DATE,
                        t.endDate().toString(), null, null, null));
                continue;
            }
            out.add(new Tag(e.span(), e.text(), timexType(t), timexValue(t),
                    t.modifier() == null ? null : t.modifier().name(), t.quant(), t.freq()));
        }
        return out;
    }

    /** The document with the expressions tagged ({@code tid} t1, t2, ... in text order). */
    public static String write(TimeMlDocument doc, List<TemporalExpression> expressions) {
        String text = doc.text();
        StringBuilder sb = new StringBuilder(doc.content().length() + expressions.size() * 60);
        sb.append(doc.content(), 0, doc.textStart());
        int at = 0;
        int tid = 1;
        for (Tag t : tags(expressions)) {
            if (t.span().start() < at || t.span().end() > text.length()) {
                continue;
            }
            escape(text, at, t.span().start(), sb, false);
            sb.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(t.type().name()).append("\" value=\"");
            escape(t.value(), 0, t.value().length(), sb, true);
            sb.append('"');
            if (t.mod() != null) {
                sb.append(" mod=\"").append(t.mod()).append('"');
            }
            if (t.quant() != null) {
                sb.append(" quant=\"").append(t.quant()).append('"');
            }
            if (t.freq() != null) {
                sb.append(" freq=\"").append(t.freq()).append('"');
            }
            sb.append('>');
            escape(text, t.span().start(), t.span().end(), sb, false);
            sb.append("</TIMEX3>");
            at = t.span().end();
        }
        escape(text, at, text.length(), sb, false);
        sb.append(doc.content(), doc.textEnd(), doc.content().length());
        return sb.toString();
    }

    /**
     * The TIMEX3 type of a time. TIMEX3 has no value for a range of dates: a range of two years in a
     * row ("the 2024-25 season", "fiscal 2009-10") is one season or school or fiscal year, a DATE
     * written with the year it begins in; a range of days whose ends are written apart ("Oct. 6-7") is
     * two DATEs ({@link #tags}); any other range ("1998-2003") is a DURATION.
     */
    static TimeType timexType(ResolvedTime t) {
        return !isRange(t) ? t.type() : isYearPair(t) ? TimeType.DATE : TimeType.DURATION;
    }

    /** The TIMEX3 value of a time, for {@link #timexType}: "2024" for 2024-25, "P2D" for Oct. 6-7. */
    static String timexValue(ResolvedTime t) {
        return !isRange(t) ? t.value() : isYearPair(t) ? t.value().substring(0, t.value().indexOf('/')) : rangeLength(t);
    }

    private static boolean isRange(ResolvedTime t) {
        return t.value().indexOf('/') > 0;
    }

    private static boolean isYearPair(ResolvedTime t) {
        return t.granularity() == Granularity.YEAR
                && t.endDate().getYear() == t.startDate().getYear() + 1;
    }

    /** The length of a range of dates in its own unit: "P2D" for Oct. 6-7, "P6Y" for 1998-2003. */
    private static String rangeLength(ResolvedTime t) {
        LocalDate s = t.startDate();
        LocalDate e = t.endDate().plusDays(1);
        return switch (t.granularity()) {
            case YEAR -> "P" + ChronoUnit.YEARS.between(s, e) + "Y";
            case MONTH -> "P" + ChronoUnit.MONTHS.between(s, e) + "M";
            default -> "P" + ChronoUnit.DAYS.between(s, e) + "D";
        };
    }

    private static void escape(String s, int from, int to, StringBuilder sb, boolean attribute) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                default -> sb.append(c);
            }
        }
    }
}
