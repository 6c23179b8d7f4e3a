package org.chronoline.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.model.Sentence;
import org.chronoline.model.Span;

/** Interim finder: ISO dates only. Replaced by the rule engine. */
final class RuleBasedFinder implements ExpressionFinder {
    private static final RuleBasedFinder ENGLISH = new RuleBasedFinder();
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    static RuleBasedFinder english() {
        return ENGLISH;
    }

    @Override
    public List<Timex> find(String text, List<Sentence> sentences) {
        List<Timex> out = new ArrayList<>();
        for (Sentence s : sentences) {
            Matcher m = ISO.matcher(s.text());
            while (m.find()) {
                Span span = Span.of(s.span().start() + m.start(), s.span().start() + m.end());
                out.add(new Timex(span, m.group(), s.index(), new TimeSpec.CalendarDate(Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), "iso-date"));
            }
        }
        return out;
    }
}
