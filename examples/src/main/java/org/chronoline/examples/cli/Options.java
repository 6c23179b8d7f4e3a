package org.chronoline.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small command-line parser: flags ({@code --quiet}), options with a value ({@code -o FILE},
 * {@code --format=json}) and positional arguments; {@code --} ends the options.
 */
final class Options {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Options() {
    }

    /**
     * Parses {@code args}.
     *
     * @param flags   option names that take no value
     * @param valued  option names that take a value
     * @param aliases short names mapped to long ones ({@code -o} to {@code --output})
     */
    static Options parse(String[] args, Set<String> flags, Set<String> valued, Map<String, String> aliases)
            throws UsageException {
        Options o = new Options();
        boolean onlyPositional = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (onlyPositional || !a.startsWith("-") || a.equals("-")) {
                o.positional.add(a);
                continue;
            }
            if (a.equals("--")) {
                onlyPositional = true;
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            name = aliases.getOrDefault(name, name);
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException(name + " takes no value");
                }
                o.values.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args[++i];
                }
                o.values.put(name, value);
            } else {
                throw new UsageException("unknown option " + a);
            }
        }
        return o;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String get(String name) {
        return values.get(name);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int getInt(String name, int fallback, int min, int max) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new UsageException(name + " must be between " + min + " and " + max + ", was " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs a whole number, was '" + v + "'");
        }
    }

    List<String> positional() {
        return positional;
    }
}
