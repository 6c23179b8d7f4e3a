package org.chronoline.resolve;

import java.util.List;
import org.chronoline.model.TemporalExpression;
import org.chronoline.temporal.Timex;
import org.chronoline.text.TenseDetector;

/**
 * Resolves found expressions to TIMEX3 values and calendar ranges, against the publication time or
 * an earlier mention. Never throws on odd input: what cannot be resolved comes back
 * {@linkplain TemporalExpression#unresolved unresolved}, with the reason.
 */
@FunctionalInterface
public interface TimeResolver {

    /** One resolved (or unresolved) expression per found one, in the same order. */
    List<TemporalExpression> resolve(ResolutionContext context, List<Timex> found);

    /** The default resolver: news conventions, tense-driven direction, anaphora to the last suitable date. */
    static TimeResolver standard() {
        return StandardResolver.INSTANCE;
    }

    /** The standard resolver with another reading of a bare weekday equal to the publication weekday. */
    static TimeResolver standard(SameWeekday sameWeekday) {
        return new StandardResolver(sameWeekday, TenseDetector.english());
    }
}
