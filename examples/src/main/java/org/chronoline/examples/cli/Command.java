package org.chronoline.examples.cli;

import java.io.PrintStream;

/** One sub-command of the {@code chronoline} tool. */
interface Command {

    /** The name typed on the command line. */
    String name();

    /** One line for the command list. */
    String summary();

    /** The full {@code --help} text. */
    String help();

    /**
     * Runs the command.
     *
     * @return the exit code: {@link ExitCode#OK}, {@link ExitCode#INPUT_SKIPPED} or {@link ExitCode#USAGE}
     * @throws UsageException for a command line that cannot be run
     */
    int run(String[] args, PrintStream out, PrintStream err) throws Exception;
}
