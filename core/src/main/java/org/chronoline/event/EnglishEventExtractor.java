package org.chronoline.event;

import java.util.ArrayList;
import java.util.List;
import org.chronoline.model.Article;
import org.chronoline.model.EventMention;
import org.chronoline.model.Sentence;
import org.chronoline.model.TemporalExpression;
import org.chronoline.model.Tense;

/** Interim extractor: one mention per expression, labelled by its sentence. Replaced by the event work. */
final class EnglishEventExtractor implements EventExtractor {
    static final EnglishEventExtractor INSTANCE = new EnglishEventExtractor();

    @Override
    public List<EventMention> extract(Article article, List<Sentence> sentences, List<TemporalExpression> expressions) {
        List<EventMention> out = new ArrayList<>();
        for (TemporalExpression e : expressions) {
            Sentence s = sentences.get(e.sentence());
            if (s.boilerplate()) {
                continue;
            }
            String label = s.text().length() > 80 ? s.text().substring(0, 80) : s.text();
            out.add(new EventMention(article.id(), s, null, null, List.of(), List.of(), label, Tense.UNKNOWN, e));
        }
        return out;
    }
}
