package org.chronoline.examples.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a long command on standard error: a live bar redrawn in place on a terminal, plain
 * lines every few seconds otherwise (a log, CI). Nothing is printed for work that ends within the
 * first two seconds. Thread-safe: {@link #advance(long)} may be called from worker threads.
 */
final class Progress implements AutoCloseable {
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long LINE_EVERY_NANOS = 5_000_000_000L;
    private static final long BAR_EVERY_NANOS = 200_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream err;
    private final String task;
    private final String unit;
    private final long total;
    private final boolean live;
    private final long started = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private long lastPrint = started;
    private boolean drew;

    private Progress(PrintStream err, String task, long total, String unit, boolean live) {
        this.err = err;
        this.task = task;
        this.total = total;
        this.unit = unit;
        this.live = live;
    }

    /**
     * Starts reporting.
     *
     * @param total the amount of work, or -1 when unknown
     * @param unit  what is counted ("articles", "documents")
     */
    static Progress start(PrintStream err, String task, long total, String unit) {
        boolean terminal = System.console() != null && System.getenv("CI") == null
                && !"dumb".equals(System.getenv("TERM"));
        return new Progress(err, task, total, unit, terminal);
    }

    /** A progress that prints nothing. */
    static Progress silent() {
        return new Progress(null, "", -1, "", false);
    }

    /** Records {@code n} more units done. */
    void advance(long n) {
        long now = done.addAndGet(n);
        if (err == null) {
            return;
        }
        long t = System.nanoTime();
        synchronized (this) {
            if (t - started < QUIET_NANOS || t - lastPrint < (live ? BAR_EVERY_NANOS : LINE_EVERY_NANOS)) {
                return;
            }
            lastPrint = t;
            print(now, t);
        }
    }

    private void print(long count, long t) {
        double seconds = (t - started) / 1e9;
        double rate = count / Math.max(seconds, 1e-9);
        String counts = total >= 0
                ? String.format(Locale.ROOT, "%,d/%,d %s", count, total, unit)
                : String.format(Locale.ROOT, "%,d %s", count, unit);
        String eta = total > 0 && count > 0 && count < total
                ? String.format(Locale.ROOT, ", about %ds left", Math.round((total - count) / rate)) : "";
        if (live) {
            String bar = "";
            if (total > 0) {
                int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * count / total);
                bar = "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] ";
            }
            err.print(String.format(Locale.ROOT, "\r%s %s%s (%,.0f/s%s)   ", task, bar, counts, rate, eta));
            drew = true;
        } else {
            err.println(String.format(Locale.ROOT, "%s: %s in %.0fs (%,.0f/s%s)", task, counts, seconds, rate, eta));
        }
        err.flush();
    }

    /** Units done so far. */
    long done() {
        return done.get();
    }

    /** Seconds since the start. */
    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    @Override
    public synchronized void close() {
        if (err != null && drew) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
    }
}
