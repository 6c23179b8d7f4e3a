package org.chronoline.io.timeml;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chronoline.model.Sentence;
import org.chronoline.model.TemporalExpression;
import org.chronoline.resolve.ResolutionContext;
import org.chronoline.resolve.TimeResolver;
import org.chronoline.temporal.ExpressionFinder;
import org.chronoline.temporal.Timex;
import org.chronoline.text.SentenceSplitter;

/**
 * Tags the stripped text of TimeML documents with the temporal stages (sentences, finder, resolver),
 * against each document's creation time.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeMlTagger {

    private static final OffsetDateTime NO_DCT = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final int MAX_SENTENCE = 5_000;

    private final SentenceSplitter splitter;
    private final ExpressionFinder finder;
    private final TimeResolver resolver;

    public TimeMlTagger(SentenceSplitter splitter, ExpressionFinder finder, TimeResolver resolver) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        this.finder = Objects.requireNonNull(finder, "finder");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** The default English stages. */
    public static TimeMlTagger english() {
        return new TimeMlTagger(SentenceSplitter.english(), ExpressionFinder.english(), TimeResolver.standard());
    }

    /** The expressions of the document's text. Sentences are not marked as page furniture here: TimeML text is clean. */
    public List<TemporalExpression> tag(TimeMlDocument doc) {
        String text = doc.text();
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : splitter.split(text, MAX_SENTENCE)) {
            sentences.add(s.boilerplate() ? new Sentence(s.index(), s.span(), s.text(), false) : s);
        }
        List<Timex> found = finder.find(text, sentences);
        return resolver.resolve(new ResolutionContext(doc.name(), doc.reference(NO_DCT), text, sentences), found);
    }

    /** Expressions as annotations, for scoring: typed and valued as {@link TimeMlWriter} writes them. */
    public static List<GoldTimex> asAnnotations(List<TemporalExpression> expressions) {
        List<GoldTimex> out = new ArrayList<>();
        int n = 1;
        for (TimeMlWriter.Tag t : TimeMlWriter.tags(expressions)) {
            out.add(new GoldTimex("t" + n++, t.span(), t.text(), t.type().name(), t.value(), t.mod()));
        }
        return out;
    }
}
