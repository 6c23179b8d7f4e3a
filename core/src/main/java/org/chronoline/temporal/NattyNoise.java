package org.chronoline.temporal;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.function.Supplier;

/**
 * Keeps Natty's parser from writing to standard error. Natty's tree walker reports its syntax errors
 * through ANTLR's default, {@code System.err.println}, on inputs as plain as "the year"; a library
 * must not print. While a thread runs {@link #quietly}, what that thread writes to {@code System.err}
 * is dropped; other threads' output passes through untouched.
 *
 * <p>To do so, {@code System.err} is wrapped once, the first time Natty is used. Thread-safe.
 */
final class NattyNoise {

    private static final ThreadLocal<Boolean> IN_NATTY = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private static final Object LOCK = new Object();
    private static volatile PrintStream installed;

    private NattyNoise() {
    }

    /** Runs {@code call} with this thread's writes to {@code System.err} dropped. */
    static <T> T quietly(Supplier<T> call) {
        install();
        boolean outer = IN_NATTY.get();
        IN_NATTY.set(Boolean.TRUE);
        try {
            return call.get();
        } finally {
            IN_NATTY.set(outer);
        }
    }

    private static void install() {
        if (installed != null && System.err == installed) {
            return;
        }
        synchronized (LOCK) {
            PrintStream current = System.err;
            if (current == installed) {
                return;
            }
            PrintStream wrapper = new PrintStream(new Filter(current), true, encodingOf());
            installed = wrapper;
            System.setErr(wrapper);
        }
    }

    private static Charset encodingOf() {
        for (String key : new String[] {"stderr.encoding", "sun.stderr.encoding"}) {
            String name = System.getProperty(key);
            if (name != null && Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        }
        return Charset.defaultCharset();
    }

    /** Passes bytes on to the original stream unless the writing thread is inside Natty. */
    private static final class Filter extends OutputStream {
        private final PrintStream original;

        Filter(PrintStream original) {
            this.original = original;
        }

        @Override
        public void write(int b) {
            if (!IN_NATTY.get()) {
                original.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (!IN_NATTY.get()) {
                original.write(b, off, len);
            }
        }

        @Override
        public void flush() {
            original.flush();
        }
    }
}
