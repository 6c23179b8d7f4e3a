package org.chronoline.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronoline.Fixtures;
import org.chronoline.event.EventExtractor;
import org.chronoline.model.Anchor;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleInfo;
import org.chronoline.model.EventMention;
import org.chronoline.model.Granularity;
import org.chronoline.model.Modifier;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Sentence;
import org.chronoline.model.Span;
import org.chronoline.model.TemporalExpression;
import org.chronoline.text.SentenceSplitter;

/**
 * The five seed articles with their temporal expressions dated by hand (what the temporal engine is
 * meant to give), so that extraction, merging and ordering can be tested on their own.
 */
final class SeedFixture {

    private SeedFixture() {
    }

    /** The seed articles of {@link Fixtures#seedArticles()}, with the short ids "000".."004" used here. */
    static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (Article a : Fixtures.seedArticles()) {
            out.add(new Article(a.id().substring(0, 3), a.published(), a.text(), a.title(), null, null, null));
        }
        return out;
    }

    /** One hand-dated expression: the n-th (from 0) occurrence of {@code text} in an article. */
    record Dated(String article, String text, int occurrence, ResolvedTime time) {
    }

    static ResolvedTime day(String iso) {
        LocalDate d = LocalDate.parse(iso);
        return ResolvedTime.ofDates(iso, d, d, Granularity.DAY, new Resolution(Anchor.PUBLICATION, null, "test"));
    }

    static ResolvedTime range(String value, String first, String last, Granularity g) {
        return ResolvedTime.ofDates(value, LocalDate.parse(first), LocalDate.parse(last), g,
                new Resolution(Anchor.PUBLICATION, null, "test"));
    }

    static final List<Dated> DATED = List.of(
            new Dated("000", "Tuesday", 0, day("2025-10-14")),
            new Dated("001", "Last week", 0, range("2025-W41", "2025-10-06", "2025-10-12", Granularity.WEEK)),
            new Dated("001", "this fall", 0, range("2025-FA", "2025-09-01", "2025-11-30", Granularity.SEASON)),
            new Dated("001", "in August", 0, range("2025-08", "2025-08-01", "2025-08-31", Granularity.MONTH)),
            new Dated("001", "last weekend", 0, range("2025-W41-WE", "2025-10-11", "2025-10-12", Granularity.WEEKEND)),
            new Dated("002", "October 15, 2025", 0, day("2025-10-15")),
            new Dated("002", "September 8, 2025", 0, day("2025-09-08")),
            new Dated("002", "By October 3", 0, day("2025-10-03").withModifier(Modifier.ON_OR_BEFORE)),
            new Dated("002", "on Tuesday", 0, day("2025-10-14")),
            new Dated("002", "October 6", 0, day("2025-10-06")),
            new Dated("002", "Earlier this month", 0,
                    range("2025-10", "2025-10-01", "2025-10-16", Granularity.MONTH).withModifier(Modifier.START)),
            new Dated("003", "Tuesday", 0, day("2025-10-14")),
            new Dated("003", "Last week", 0, range("2025-W41", "2025-10-06", "2025-10-12", Granularity.WEEK)),
            new Dated("003", "Last week", 1, range("2025-W41", "2025-10-06", "2025-10-12", Granularity.WEEK)),
            new Dated("003", "two weekends ago", 0, range("2025-W40-WE", "2025-10-04", "2025-10-05", Granularity.WEEKEND)),
            new Dated("003", "last week", 0, range("2025-W41", "2025-10-06", "2025-10-12", Granularity.WEEK)),
            new Dated("004", "since January 2023", 0,
                    range("2023-01", "2023-01-01", "2023-01-31", Granularity.MONTH).withModifier(Modifier.ON_OR_AFTER)));

    /** The hand-dated expressions of one article, in text order. */
    static List<TemporalExpression> expressions(Article a, List<Sentence> sentences) {
        List<TemporalExpression> out = new ArrayList<>();
        for (Dated d : DATED) {
            if (!d.article().equals(a.id())) {
                continue;
            }
            int at = -1;
            for (int i = 0; i <= d.occurrence(); i++) {
                at = a.text().indexOf(d.text(), at + 1);
                if (at < 0) {
                    throw new IllegalStateException(d + " not found");
                }
            }
            Span span = Span.of(at, at + d.text().length());
            int sentence = -1;
            for (Sentence s : sentences) {
                if (s.span().contains(span)) {
                    sentence = s.index();
                }
            }
            out.add(TemporalExpression.resolved(span, d.text(), sentence, d.time()));
        }
        out.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    /** Every mention of the seed articles, extracted with the default extractor. */
    static List<EventMention> mentions(List<Article> articles) {
        List<EventMention> out = new ArrayList<>();
        for (Article a : articles) {
            List<Sentence> sentences = SentenceSplitter.english().split(a.text(), 5000);
            out.addAll(EventExtractor.english().extract(a, sentences, expressions(a, sentences)));
        }
        return out;
    }

    static Map<String, ArticleInfo> infos(List<Article> articles) {
        Map<String, ArticleInfo> out = new LinkedHashMap<>();
        for (Article a : articles) {
            out.put(a.id(), ArticleInfo.of(a));
        }
        return out;
    }
}
