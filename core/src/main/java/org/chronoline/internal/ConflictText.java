package org.chronoline.internal;

import org.chronoline.model.Conflict;

/** Plain-text descriptions of conflicts for the writers meant for people. Stateless and thread-safe. */
public final class ConflictText {
    private ConflictText() {
    }

    /** "Sources disagree on the date" or "Sources describe a participant differently". */
    public static String heading(Conflict c) {
        return c.kind() == Conflict.Kind.TIME ? "Sources disagree on the date"
                : "Sources describe a participant differently";
    }

    /** One claim: "“Tuesday” (2025-10-14) in Example News, a2". */
    public static String claim(Conflict.Claim claim) {
        StringBuilder sb = new StringBuilder();
        sb.append('“').append(claim.text()).append('”');
        if (!claim.value().equals(claim.text())) {
            sb.append(" (").append(claim.value()).append(')');
        }
        if (!claim.sources().isEmpty()) {
            sb.append(" in ").append(String.join(", ", claim.sources()));
        } else if (!claim.articles().isEmpty()) {
            sb.append(" in ").append(String.join(", ", claim.articles()));
        }
        return sb.toString();
    }

    /** The whole conflict on one line: heading, then the claims separated by " vs ". */
    public static String describe(Conflict c) {
        StringBuilder sb = new StringBuilder(heading(c)).append(": ");
        for (int i = 0; i < c.claims().size(); i++) {
            sb.append(i == 0 ? "" : " vs ").append(claim(c.claims().get(i)));
        }
        return sb.toString();
    }
}
