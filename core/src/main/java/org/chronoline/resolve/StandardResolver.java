package org.chronoline.resolve;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chronoline.model.Anchor;
import org.chronoline.model.Granularity;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.TemporalExpression;
import org.chronoline.temporal.TimeSpec;
import org.chronoline.temporal.Timex;

/** Interim resolver: calendar dates only. Replaced by the full resolver. */
final class StandardResolver implements TimeResolver {
    static final StandardResolver INSTANCE = new StandardResolver();

    @Override
    public List<TemporalExpression> resolve(ResolutionContext context, List<Timex> found) {
        List<TemporalExpression> out = new ArrayList<>();
        for (Timex t : found) {
            if (t.spec() instanceof TimeSpec.CalendarDate d) {
                {
                    try {
                        LocalDate date = LocalDate.of(d.year(), d.month(), d.day());
                        out.add(TemporalExpression.resolved(t.span(), t.text(), t.sentence(),
                                ResolvedTime.ofDates(date.toString(), date, date, Granularity.DAY,
                                        new Resolution(Anchor.NONE, null, t.rule()))));
                    } catch (DateTimeException e) {
                        out.add(TemporalExpression.unresolved(t.span(), t.text(), t.sentence(), t.rule(),
                                e.getMessage()));
                    }
                }
            }
        }
        return out;
    }
}
