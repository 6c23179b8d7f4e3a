package org.chronoline.io;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.chronoline.model.Anchor;
import org.chronoline.model.ArticleInfo;
import org.chronoline.model.Conflict;
import org.chronoline.model.Diagnostic;
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
import org.chronoline.model.TimeType;
import org.chronoline.model.Timeline;

/**
 * Timelines for the writer tests: a small hand-made one with every kind of time, a conflict and
 * text that needs escaping, and large generated ones (any size, every granularity, reproducible
 * from a seed).
 */
public final class SampleTimelines {

    /** Text that breaks naive HTML, JSON-in-script and CSV writers. */
    public static final String NASTY = "</script><script>alert(1)</script> & \"quotes\", commas\nand <b>tags</b>";

    private static final Resolution PUB = new Resolution(Anchor.PUBLICATION, "2025-10-15", "test");
    private static final String[] SOURCES = {"Chicago Tribune", "Fox News", "NBC Chicago", "Reuters", "The Guardian",
        "WBEZ", "Associated Press", null};
    private static final String[] VERBS = {"warned", "arrested", "announced", "met", "protested", "ruled",
        "charged", "reported", "opened", "closed"};
    private static final String[] WHO = {"DHS officials", "the mayor", "federal agents", "a judge", "protesters",
        "the governor", "ICE", "the council", "Border Patrol", "the cartel"};

    private SampleTimelines() {
    }

    /** A time of the given granularity around {@code day}, with its TIMEX3 value. */
    public static ResolvedTime time(Granularity g, LocalDate day, Modifier modifier) {
        ResolvedTime t;
        int y = day.getYear();
        switch (g) {
            case SECOND: {
                LocalDateTime at = day.atTime(10, 15, 30);
                t = clock(at.toString(), at, at, g);
                break;
            }
            case MINUTE: {
                LocalDateTime at = day.atTime(14, 5);
                t = clock(at.toString(), at, at, g);
                break;
            }
            case HOUR:
                t = clock(day + "T09", day.atTime(9, 0), day.atTime(9, 59, 59), g);
                break;
            case PART_OF_DAY:
                t = clock(day + "TEV", day.atTime(17, 0), day.atTime(20, 59), g);
                break;
            case DAY:
                t = ResolvedTime.ofDates(day.toString(), day, day, g, PUB);
                break;
            case WEEKEND: {
                LocalDate sat = day.with(DayOfWeek.SATURDAY);
                t = ResolvedTime.ofDates(week(sat) + "-WE", sat, sat.plusDays(1), g, PUB);
                break;
            }
            case WEEK: {
                LocalDate mon = day.with(DayOfWeek.MONDAY);
                t = ResolvedTime.ofDates(week(mon), mon, mon.plusDays(6), g, PUB);
                break;
            }
            case MONTH: {
                LocalDate first = day.withDayOfMonth(1);
                t = ResolvedTime.ofDates(first.toString().substring(0, 7), first,
                        first.plusMonths(1).minusDays(1), g, PUB);
                break;
            }
            case QUARTER: {
                int q = (day.getMonthValue() - 1) / 3;
                LocalDate first = LocalDate.of(y, q * 3 + 1, 1);
                t = ResolvedTime.ofDates(y + "-Q" + (q + 1), first, first.plusMonths(3).minusDays(1), g, PUB);
                break;
            }
            case SEASON: {
                String[] names = {"WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI"};
                int m = day.getMonthValue();
                int startMonth = m == 12 || m <= 2 ? 12 : m <= 5 ? 3 : m <= 8 ? 6 : 9;
                int startYear = m <= 2 ? y - 1 : y;
                LocalDate first = LocalDate.of(startYear, startMonth, 1);
                t = ResolvedTime.ofDates(startYear + "-" + names[m - 1], first, first.plusMonths(3).minusDays(1), g,
                        PUB);
                break;
            }
            case HALF_YEAR: {
                int h = day.getMonthValue() <= 6 ? 0 : 1;
                LocalDate first = LocalDate.of(y, h * 6 + 1, 1);
                t = ResolvedTime.ofDates(y + "-H" + (h + 1), first, first.plusMonths(6).minusDays(1), g, PUB);
                break;
            }
            case YEAR:
                t = ResolvedTime.ofDates(Integer.toString(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), g, PUB);
                break;
            case DECADE: {
                int d = y / 10 * 10;
                t = ResolvedTime.ofDates(Integer.toString(d / 10), LocalDate.of(d, 1, 1), LocalDate.of(d + 9, 12, 31),
                        g, PUB);
                break;
            }
            case CENTURY: {
                int c = y / 100 * 100;
                t = ResolvedTime.ofDates(Integer.toString(c / 100), LocalDate.of(c, 1, 1),
                        LocalDate.of(c + 99, 12, 31), g, PUB);
                break;
            }
            case MILLENNIUM: {
                int c = y / 1000 * 1000;
                t = ResolvedTime.ofDates(Integer.toString(c / 1000), LocalDate.of(c, 1, 1),
                        LocalDate.of(c + 999, 12, 31), g, PUB);
                break;
            }
            default:
                t = new ResolvedTime("PAST_REF", TimeType.DATE, null, null, g, null, null, null, PUB);
        }
        return modifier == null ? t : t.withModifier(modifier);
    }

    private static ResolvedTime clock(String value, LocalDateTime start, LocalDateTime end, Granularity g) {
        return new ResolvedTime(value, TimeType.TIME, start, end, g, null, null, null, PUB);
    }

    private static String week(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static EventMention mention(String article, int index, String sentence, String trigger, String label,
                                        String expression, ResolvedTime time) {
        Sentence s = new Sentence(index, Span.of(index * 200, index * 200 + sentence.length()), sentence, false);
        int at = Math.max(0, sentence.indexOf(expression));
        TemporalExpression x = time == null ? null
                : TemporalExpression.resolved(Span.of(index * 200 + at, index * 200 + at + expression.length()),
                        expression, index, time);
        return new EventMention(article, s, trigger, null, List.of(), List.of(), label, Tense.PAST, x);
    }

    /**
     * Three articles and four events: an exact day with a conflict between two sources and nasty
     * text, a week, an early-month time, and a weekly set with no calendar extent; one undated mention.
     */
    public static Timeline handMade() {
        ResolvedTime tuesday = time(Granularity.DAY, LocalDate.of(2025, 10, 14), null);
        ResolvedTime week = time(Granularity.WEEK, LocalDate.of(2025, 10, 8), null);
        ResolvedTime early = time(Granularity.MONTH, LocalDate.of(2025, 9, 1), Modifier.START);
        ResolvedTime weekly = new ResolvedTime("XXXX-WXX-2", TimeType.SET, null, null, Granularity.UNSPECIFIED, null,
                "EVERY", "1X", new Resolution(Anchor.NONE, null, "set-weekday"));
        List<ArticleInfo> articles = List.of(
                new ArticleInfo("a1", OffsetDateTime.parse("2025-10-15T10:00:00-05:00"), "DHS: bounties on agents",
                        "Example News", "https://example.org/a1?x=1&y=2"),
                new ArticleInfo("a2", OffsetDateTime.parse("2025-10-16T00:00:00+05:30"), null, null, null),
                new ArticleInfo("a3", OffsetDateTime.parse("2025-10-16T09:00:00-05:00"), "Title with " + NASTY,
                        "Daily \"Quote\" & Co", "javascript:alert(1)"));
        EventMention m1 = mention("a1", 2, "Homeland Security officials warned Tuesday that cartels offer bounties.",
                "warned", "officials warned of bounties", "Tuesday", tuesday);
        EventMention m2 = mention("a2", 0, "On October 15, 2025, DHS warned, citing " + NASTY + ".", "warned",
                "DHS warned", "October 15, 2025", time(Granularity.DAY, LocalDate.of(2025, 10, 15), null));
        EventMention m3 = mention("a3", 1, "Agents were deployed last week, officials said.", "deployed",
                "agents deployed", "last week", week);
        EventMention m4 = mention("a1", 5, "In early September, the operation began.", "began",
                "the operation began", "early September", early);
        EventMention m5 = mention("a3", 4, "Meetings are held every Tuesday.", "held", "meetings held",
                "every Tuesday", null);
        EventMention undated = mention("a2", 3, "Two men were arrested.", "arrested", "two men arrested", "", null);
        Conflict conflict = new Conflict(Conflict.Kind.TIME, List.of(
                new Conflict.Claim("2025-10-14", "Tuesday", List.of("a1"), List.of("Example News")),
                new Conflict.Claim("2025-10-15", "On October 15, 2025", List.of("a2"), List.of())));
        List<Event> events = List.of(
                new Event("e1", early, Placement.RANGE, "The operation began", "began", List.of(), List.of(m4),
                        List.of()),
                new Event("e2", week, Placement.RANGE, "Agents deployed", "deployed", List.of("agents"), List.of(m3),
                        List.of()),
                new Event("e3", tuesday, Placement.EXACT, "DHS warned of bounties " + NASTY, "warned",
                        List.of("Homeland Security"), List.of(m1, m2), List.of(conflict)),
                new Event("e4", weekly, Placement.OPEN, "Weekly meetings", "held", List.of(), List.of(m5), List.of()));
        List<Diagnostic> diagnostics = List.of(
                Diagnostic.inArticle(Diagnostic.Severity.WARNING, "unresolved", "a2", 10, "could not resolve"));
        return new Timeline(articles, events, List.of(undated), diagnostics);
    }

    /**
     * A timeline of {@code size} events with times of every granularity (a few with no calendar
     * extent), modifiers, conflicts and one to four mentions each from 60 articles of 8 sources,
     * mostly within 2023-2026. The same arguments give the same timeline.
     */
    public static Timeline generated(int size, long seed) {
        Random r = new Random(seed);
        List<ArticleInfo> articles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            OffsetDateTime published = OffsetDateTime.of(2025, 1 + i % 12, 1 + i % 28, 8 + i % 10, 0, 0, 0,
                    ZoneOffset.ofHours(-5));
            String source = SOURCES[i % SOURCES.length];
            articles.add(new ArticleInfo(String.format("%03d_article", i), published,
                    i % 13 == 0 ? "Article " + i + " " + NASTY : "Article " + i + " on the story", source,
                    source == null ? null : "https://example.org/" + i));
        }
        Granularity[] grains = Granularity.values();
        Modifier[] mods = Modifier.values();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Granularity g = grains[r.nextInt(grains.length)];
            if ((g == Granularity.CENTURY || g == Granularity.MILLENNIUM || g == Granularity.UNSPECIFIED)
                    && r.nextInt(4) != 0) {
                g = Granularity.DAY;
            }
            LocalDate day = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(4 * 365));
            if (r.nextInt(50) == 0) {
                day = day.minusYears(20 + r.nextInt(30));
            }
            Modifier mod = r.nextInt(6) == 0 ? mods[r.nextInt(mods.length)] : null;
            ResolvedTime t = time(g, day, mod);
            String who = WHO[r.nextInt(WHO.length)];
            String verb = VERBS[r.nextInt(VERBS.length)];
            String label = who + " " + verb + (i % 97 == 0 ? " " + NASTY : " (" + i + ")");
            int count = 1 + r.nextInt(4);
            List<EventMention> mentions = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                ArticleInfo a = articles.get(r.nextInt(articles.size()));
                String expr = t.isAnchored() ? TimeLabels.label(t) : "in the past";
                mentions.add(mention(a.id(), r.nextInt(30), who + " " + verb + ", " + expr + ", the paper said, "
                        + "\"as reported\".", verb, label, expr, t));
            }
            mentions.sort(Comparator.comparing(EventMention::article)
                    .thenComparingInt(m -> m.sentence().index()));
            List<Conflict> conflicts = new ArrayList<>();
            if (r.nextInt(10) == 0 && mentions.size() > 1) {
                conflicts.add(new Conflict(Conflict.Kind.TIME, List.of(
                        new Conflict.Claim(t.value(), "then", List.of(mentions.get(0).article()), List.of()),
                        new Conflict.Claim("2025-10-15", "Wednesday", List.of(mentions.get(1).article()),
                                List.of("Reuters")))));
            }
            boolean open = mod == Modifier.BEFORE || mod == Modifier.AFTER || mod == Modifier.ON_OR_BEFORE
                    || mod == Modifier.ON_OR_AFTER;
            Placement p = !t.isAnchored() || open ? Placement.OPEN
                    : TimeLabels.isPoint(t) ? Placement.EXACT : Placement.RANGE;
            events.add(new Event("x", t, p, label, verb, List.of(who), mentions, conflicts));
        }
        events.sort(Comparator.comparing((Event e) -> e.time().isAnchored() ? e.time().start() : LocalDateTime.MAX)
                .thenComparing(e -> e.time().days()));
        List<Event> numbered = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            numbered.add(events.get(i).withId("e" + (i + 1)));
        }
        return new Timeline(articles, numbered, List.of(), List.of());
    }
}
