package org.chronoline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;
import org.chronoline.model.Diagnostic;
import org.chronoline.model.EventMention;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Sentence;
import org.chronoline.model.Span;
import org.chronoline.model.TemporalExpression;

/** The invariants every analysis must satisfy, whatever the text. */
public final class Invariants {

    private static final String YEAR = "(?:[+-]?\\d{1,9}|BC\\d{1,9}|X{1,4}|\\d{1,3}X{1,3})";
    private static final String TIME = "T(?:MO|AF|EV|NI|DT|XX|\\d{2}(?::\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?)(?:[+-]\\d{2}(?::?\\d{2})?|Z)?";
    private static final String DATE = YEAR + "(?:-(?:W(?:\\d{2}|XX)(?:-(?:[1-7]|WE|X))?|SP|SU|FA|WI|Q[1-4X]|H[12X]"
            + "|(?:\\d{2}|XX)(?:-(?:\\d{2}|XX))?))?(?:" + TIME + ")?";
    private static final String DURATION = "P(?:(?:[\\d.]+|X)(?:Y|M|W|D|Q|H|DE|CE|ML|WE|L|C|E|FY))+"
            + "(?:T(?:(?:[\\d.]+|X)[HMS])+)?|PT(?:(?:[\\d.]+|X)[HMS])+";
    private static final Pattern VALUE = Pattern.compile(
            "PAST_REF|PRESENT_REF|FUTURE_REF|" + DURATION + "|" + DATE + "|" + TIME);

    private Invariants() {
    }

    /** Whether {@code value} is a well-formed TIMEX3 value. */
    public static boolean isTimexValue(String value) {
        int slash = value.indexOf('/');
        if (slash > 0) {
            // a range of dates, "2009/2010": an ISO 8601 interval of two dates
            String from = value.substring(0, slash);
            String to = value.substring(slash + 1);
            return from.matches(DATE) && to.matches(DATE) && from.compareTo(to) < 0;
        }
        return VALUE.matcher(value).matches();
    }

    /** Asserts every invariant of {@code analysis}, the result of analysing {@code article}. */
    public static void check(Article article, ArticleAnalysis analysis) {
        String text = article.text();
        assertThat(analysis.diagnostics()).as("stage failures").noneMatch(d -> d.code().equals("stage-failed"));
        int last = 0;
        for (Sentence s : analysis.sentences()) {
            inside(s.span(), text);
            assertThat(s.span().start()).as("sentences in order, not overlapping").isGreaterThanOrEqualTo(last);
            last = s.span().end();
            assertThat(s.text()).isEqualTo(s.span().of(text));
        }
        int lastExpression = 0;
        for (TemporalExpression e : analysis.expressions()) {
            inside(e.span(), text);
            assertThat(e.span().start()).as("expressions in order, not overlapping").isGreaterThanOrEqualTo(lastExpression);
            lastExpression = e.span().end();
            assertThat(e.text()).isEqualTo(e.span().of(text));
            assertThat(e.span().length()).as("non-empty expression").isPositive();
            if (e.isResolved()) {
                checkTime(e.time(), e.text());
            }
        }
        for (EventMention m : analysis.mentions()) {
            assertThat(m.article()).isEqualTo(article.id());
            inside(m.sentence().span(), text);
            if (m.triggerSpan() != null) {
                inside(m.triggerSpan(), text);
            }
            if (m.expression() != null) {
                assertThat(m.sentence().span().contains(m.expression().span()))
                        .as("expression inside its mention's sentence").isTrue();
            }
        }
        for (Diagnostic d : analysis.diagnostics()) {
            assertThat(d.article()).isEqualTo(article.id());
            assertThat(d.offset()).isLessThanOrEqualTo(text.length());
        }
    }

    private static void checkTime(ResolvedTime t, String expression) {
        assertThat(isTimexValue(t.value())).as("TIMEX3 value '%s' of '%s'", t.value(), expression).isTrue();
        if (t.start() != null) {
            assertThat(t.start()).as("start <= end for '%s'", expression).isBeforeOrEqualTo(t.end());
        }
    }

    private static void inside(Span span, String text) {
        assertThat(span.start()).isBetween(0, text.length());
        assertThat(span.end()).isBetween(span.start(), text.length());
    }
}
