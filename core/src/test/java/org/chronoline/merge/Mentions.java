package org.chronoline.merge;

import java.time.LocalDate;
import java.util.List;
import org.chronoline.model.Anchor;
import org.chronoline.model.EventMention;
import org.chronoline.model.Granularity;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Sentence;
import org.chronoline.model.Span;
import org.chronoline.model.TemporalExpression;
import org.chronoline.model.Tense;

/** Builds event mentions directly, for merger tests. */
final class Mentions {
    private Mentions() {
    }

    static ResolvedTime day(String iso) {
        LocalDate d = LocalDate.parse(iso);
        return ResolvedTime.ofDates(iso, d, d, Granularity.DAY, new Resolution(Anchor.PUBLICATION, null, "test"));
    }

    static ResolvedTime week(String value, String monday) {
        LocalDate d = LocalDate.parse(monday);
        return ResolvedTime.ofDates(value, d, d.plusDays(6), Granularity.WEEK,
                new Resolution(Anchor.PUBLICATION, null, "test"));
    }

    /**
     * A mention whose sentence is {@code text}; the trigger is the first occurrence of {@code trigger}
     * in it, the expression the first occurrence of {@code expression} (or none when null).
     */
    static EventMention of(String article, int sentence, String text, String trigger, String expression,
                           ResolvedTime time, List<String> participants, List<String> terms) {
        int base = sentence * 1000;
        Sentence s = new Sentence(sentence, Span.of(base, base + text.length()), text, false);
        Span triggerSpan = null;
        if (trigger != null) {
            int at = text.indexOf(trigger);
            triggerSpan = Span.of(base + at, base + at + trigger.length());
        }
        TemporalExpression e = null;
        if (expression != null) {
            int at = text.indexOf(expression);
            e = TemporalExpression.resolved(Span.of(base + at, base + at + expression.length()), expression, sentence,
                    time);
        }
        return new EventMention(article, s, trigger, triggerSpan, participants, terms.stream().sorted().toList(),
                text, Tense.PAST, e);
    }
}
