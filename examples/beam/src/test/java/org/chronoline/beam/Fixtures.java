package org.chronoline.beam;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.chronoline.model.Anchor;
import org.chronoline.model.ArticleAnalysis;
import org.chronoline.model.ArticleInfo;
import org.chronoline.model.Conflict;
import org.chronoline.model.Diagnostic;
import org.chronoline.model.Diagnostic.Severity;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.chronoline.model.Granularity;
import org.chronoline.model.Modifier;
import org.chronoline.model.Placement;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Sentence;
import org.chronoline.model.Span;
import org.chronoline.model.TemporalExpression;
import org.chronoline.model.Tense;
import org.chronoline.model.Timeline;
import org.chronoline.model.TimeType;

/** Model values with every component set, for coder tests. */
final class Fixtures {
    private Fixtures() {
    }

    static ArticleAnalysis fullAnalysis() {
        ArticleInfo info = new ArticleInfo("a1", OffsetDateTime.parse("2025-10-15T10:00:00.5-05:00"), "Title \u201cq\u201d",
                "Source", "https://example.org/a1");
        Sentence sentence = new Sentence(0, Span.of(0, 40), "Agents arrested him Tuesday in Chicago.", false);
        Sentence furniture = new Sentence(1, Span.of(41, 61), "Ad Blocker Detected!", true);
        ResolvedTime day = new ResolvedTime("2025-10-14", TimeType.DATE, LocalDate.of(2025, 10, 14).atStartOfDay(),
                LocalDate.of(2025, 10, 14).atStartOfDay(), Granularity.DAY, Modifier.APPROX, null, null,
                new Resolution(Anchor.PUBLICATION, "2025-10-15", "weekday"));
        ResolvedTime hour = new ResolvedTime("2025-10-14T10:30", TimeType.TIME, LocalDateTime.of(2025, 10, 14, 10, 30),
                LocalDateTime.of(2025, 10, 14, 10, 30, 59, 999_999_999), Granularity.MINUTE, null, "EVERY", "1X",
                new Resolution(Anchor.NONE, null, "clock"));
        TemporalExpression tuesday = TemporalExpression.resolved(Span.of(20, 27), "Tuesday", 0, day);
        TemporalExpression clock = TemporalExpression.resolved(Span.of(28, 33), "10:30", 0, hour);
        TemporalExpression odd = TemporalExpression.unresolved(Span.of(34, 38), "then", 0, "anaphor", "no earlier time");
        EventMention dated = new EventMention("a1", sentence, "arrested", Span.of(7, 15),
                List.of("Juan Espinoza-Martinez", "agents"), List.of("arrest", "chicago"), "agents arrested him",
                Tense.PAST, tuesday);
        EventMention undated = new EventMention("a1", sentence, null, null, List.of(), List.of(), "something",
                Tense.UNKNOWN, null);
        return new ArticleAnalysis(info, List.of(sentence, furniture), List.of(tuesday, clock, odd),
                List.of(dated, undated), List.of(
                        Diagnostic.inArticle(Severity.WARNING, "unresolved", "a1", 34, "could not resolve 'then'"),
                        Diagnostic.inFile("bad-json", "in.jsonl", 3, "published", "bad time")));
    }

    static Timeline fullTimeline() {
        ArticleAnalysis a = fullAnalysis();
        EventMention m = a.mentions().get(0);
        Conflict conflict = new Conflict(Conflict.Kind.TIME, List.of(
                new Conflict.Claim("2025-10-14", "Tuesday", List.of("a1"), List.of("Source")),
                new Conflict.Claim("2025-10-15", "On October 15", List.of("a2", "a3"), List.of())));
        Event event = new Event("e1", m.time(), Placement.EXACT, m.label(), m.trigger(), m.participants(), List.of(m),
                List.of(conflict));
        return new Timeline(List.of(a.article()), List.of(event), List.of(a.mentions().get(1)), a.diagnostics());
    }
}
