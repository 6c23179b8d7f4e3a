package org.chronoline.model;

import java.util.List;
import java.util.Objects;

/**
 * One article's report of an event: the clause around a temporal expression, with the event's
 * trigger word, its participants as written, a short label and the words that identify it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param article      the id of the article it is in
 * @param sentence     the sentence it is in
 * @param trigger      the verb or event noun the time anchors ("arrested", "warned", "shooting"), or {@code null}
 * @param triggerSpan  the trigger's offsets in the article text, or {@code null}
 * @param participants people, organisations and places as written ("Juan Espinoza-Martinez")
 * @param keyTerms     normalised content words that identify the happening, sorted, used for merging
 * @param label        a short human-readable label built from the clause
 * @param tense        the tense of the clause
 * @param expression   the temporal expression dating it, or {@code null} for an undated mention
 */
public record EventMention(String article, Sentence sentence, String trigger, Span triggerSpan,
                           List<String> participants, List<String> keyTerms, String label, Tense tense,
                           TemporalExpression expression) {
    public EventMention {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tense, "tense");
        participants = List.copyOf(participants);
        keyTerms = List.copyOf(keyTerms);
    }

    /**
     * An equal mention whose recurring strings (article id, trigger, participants, key terms, the
     * time's value) are the JVM's shared instances, for holding very many mentions.
     */
    public EventMention shared() {
        return new EventMention(article.intern(), sentence, trigger == null ? null : trigger.intern(), triggerSpan,
                Strings.interned(participants), Strings.interned(keyTerms), label, tense,
                expression == null ? null : expression.shared());
    }

    /** The resolved time of its expression, or {@code null} when undated or unresolved. */
    public ResolvedTime time() {
        return expression == null ? null : expression.time();
    }

    /** Whether a calendar range dates it. */
    public boolean isDated() {
        ResolvedTime t = time();
        return t != null && t.isAnchored();
    }
}
