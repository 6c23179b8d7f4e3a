package org.chronoline.examples.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.chronoline.ChronolineException;

/**
 * The {@code chronoline} command-line tool: {@code java -jar chronoline.jar COMMAND [OPTIONS] ...}.
 * Exit codes: 0 ok, 1 some input skipped, 2 usage error, 3 failure.
 */
public final class Main {

    /** Every command, in the order {@code --help} lists them. */
    static List<Command> commands() {
        return List.of(new TimelineCommand(), new TagCommand(), new EvalCommand(), new BenchCommand(),
                new SemevalCommand());
    }

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs the tool; returns the exit code instead of exiting (for tests). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            if (args.length > 1) {
                return run(new String[] {args[1], "--help"}, out, err);
            }
            (args.length == 0 ? err : out).print(usage());
            return args.length == 0 ? ExitCode.USAGE : ExitCode.OK;
        }
        if (args[0].equals("--version")) {
            out.println("chronoline " + version());
            return ExitCode.OK;
        }
        Command command = commands().stream().filter(c -> c.name().equals(args[0])).findFirst().orElse(null);
        if (command == null) {
            err.println("chronoline: unknown command '" + args[0] + "'");
            err.print(usage());
            return ExitCode.USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
            out.print(command.help());
            return ExitCode.OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("chronoline " + command.name() + ": " + e.getMessage());
            err.println("Run 'chronoline " + command.name() + " --help' for usage.");
            return ExitCode.USAGE;
        } catch (ChronolineException | UncheckedIOException e) {
            err.println("chronoline " + command.name() + ": " + e.getMessage());
            return ExitCode.FAILED;
        } catch (Exception e) {
            err.println("chronoline " + command.name() + ": failed: " + e);
            return ExitCode.FAILED;
        }
    }

    static String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("Usage: java -jar chronoline.jar COMMAND [OPTIONS] ...\n\n");
        sb.append("Reconstructs the timeline of a news story from the articles that report it.\n\nCommands:\n");
        for (Command c : commands()) {
            sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        }
        sb.append("\nRun 'chronoline COMMAND --help' for a command's options.\n");
        sb.append("Exit codes: 0 ok, 1 some input skipped (reported on standard error), 2 usage error, 3 failure.\n");
        return sb.toString();
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
