package org.chronoline.model;

import java.util.Objects;

/**
 * Something Chronoline could not read or resolve, located as precisely as it is known: the file and
 * line of a bad input record, or the article and character offset of an unresolved expression.
 *
 * <p>Immutable and thread-safe.
 *
 * @param severity how much was lost
 * @param code     a stable machine-readable code ({@code bad-json}, {@code missing-field}, {@code unresolved})
 * @param message  what happened and what to do about it
 * @param file     the input file, or {@code null}
 * @param line     the 1-based line in {@code file}, or 0 when not known
 * @param field    the input field at fault, or {@code null}
 * @param article  the article id, or {@code null}
 * @param offset   the character offset in the article text, or -1 when not known
 */
public record Diagnostic(Severity severity, String code, String message, String file, int line, String field,
                         String article, int offset) {

    /** How much a diagnostic cost. */
    public enum Severity {
        /** Informational: something was left out on purpose (page furniture, a limit reached). */
        INFO,
        /** Something in a text could not be resolved; everything else was kept. */
        WARNING,
        /** A record or file was skipped. */
        ERROR
    }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** A problem in an article's text at a character offset. */
    public static Diagnostic inArticle(Severity severity, String code, String article, int offset, String message) {
        return new Diagnostic(severity, code, message, null, 0, null, article, offset);
    }

    /** A problem with an input record or file. */
    public static Diagnostic inFile(String code, String file, int line, String field, String message) {
        return new Diagnostic(Severity.ERROR, code, message, file, line, field, null, -1);
    }

    /** "file:line: field: message", or "article@offset: message", for people. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
            }
            sb.append(": ");
        }
        if (article != null) {
            sb.append("article ").append(article);
            if (offset >= 0) {
                sb.append(" at ").append(offset);
            }
            sb.append(": ");
        }
        if (field != null) {
            sb.append("field '").append(field).append("': ");
        }
        return sb.append(message).append(" [").append(code).append(']').toString();
    }
}
