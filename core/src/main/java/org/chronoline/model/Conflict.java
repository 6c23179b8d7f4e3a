package org.chronoline.model;

import java.util.List;
import java.util.Objects;

/**
 * A disagreement between the articles reporting one event: on its date (one says "Tuesday", another
 * "October 15") or on how a participant is described ("Latin Kings member" / "MS-13 member").
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind   what is disputed
 * @param claims each distinct version, with the articles that give it
 */
public record Conflict(Kind kind, List<Claim> claims) {

    /** What a conflict is about. */
    public enum Kind {
        /** The sources date the event differently. */
        TIME,
        /** The sources describe a participant differently. */
        PARTICIPANT
    }

    /**
     * One version of the disputed fact.
     *
     * @param value    the version: a TIMEX3 value for a time, a description for a participant
     * @param text     the words of the text that give it ("Tuesday", "On October 15, 2025")
     * @param articles the ids of the articles that give it, sorted
     * @param sources  the sources of those articles, where known, sorted
     */
    public record Claim(String value, String text, List<String> articles, List<String> sources) {
        public Claim {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(text, "text");
            articles = List.copyOf(articles);
            sources = List.copyOf(sources);
        }
    }

    public Conflict {
        Objects.requireNonNull(kind, "kind");
        claims = List.copyOf(claims);
        if (claims.size() < 2) {
            throw new IllegalArgumentException("a conflict needs at least two claims");
        }
    }
}
