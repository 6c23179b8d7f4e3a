package org.chronoline.examples.cli;

/** The tool's exit codes. */
final class ExitCode {
    /** Everything was read and written. */
    static final int OK = 0;
    /** The output was written, but some input was skipped (each skip is reported on standard error). */
    static final int INPUT_SKIPPED = 1;
    /** The command line was wrong; nothing was done. */
    static final int USAGE = 2;
    /** The command failed: an output could not be written, or an unexpected error. */
    static final int FAILED = 3;

    private ExitCode() {
    }
}
