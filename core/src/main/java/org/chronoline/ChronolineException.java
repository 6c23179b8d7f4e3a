package org.chronoline;

/**
 * The one unchecked exception type of Chronoline. It is thrown for programmer errors (an invalid
 * option, a malformed rule file) and for input that cannot be read at all; odd text never causes it:
 * what cannot be resolved in a text becomes a {@link org.chronoline.model.Diagnostic} instead.
 * Messages say what to change.
 */
public class ChronolineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ChronolineException(String message) {
        super(message);
    }

    public ChronolineException(String message, Throwable cause) {
        super(message, cause);
    }
}
