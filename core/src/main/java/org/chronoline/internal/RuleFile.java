package org.chronoline.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronoline.ChronolineException;

/**
 * The one loader of Chronoline's data files (rules and word lists under
 * {@code src/main/resources/org/chronoline/rules/}). A file is a sequence of blocks:
 *
 * <pre>
 * # a comment
 * [rule-name]
 * pattern = (?&lt;month&gt;@month) (?&lt;day&gt;\d{1,2})
 * example = On October 6, agents arrested ...
 * expect  = October 6
 * </pre>
 *
 * A key may repeat (several {@code example} lines); a line starting with whitespace continues the
 * previous value. Errors name the file, the line and the block.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param name   the resource name it was loaded from
 * @param blocks its blocks, in file order
 */
public record RuleFile(String name, List<Block> blocks) {

    /**
     * One {@code [name]} block.
     *
     * @param name   the block name
     * @param file   the file it is in
     * @param line   the 1-based line of its header
     * @param fields its fields, in order; each key maps to its values in order
     * @param lines  the line of each field's first value
     */
    public record Block(String name, String file, int line, Map<String, List<String>> fields,
                        Map<String, Integer> lines) {
        public Block {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
        }

        /** The single value of {@code key}, or {@code null}. Fails when the key repeats. */
        public String get(String key) {
            List<String> values = fields.get(key);
            if (values == null) {
                return null;
            }
            if (values.size() > 1) {
                throw error("'" + key + "' is given " + values.size() + " times; it may be given once");
            }
            return values.get(0);
        }

        /** The value of a required key. */
        public String require(String key) {
            String v = get(key);
            if (v == null || v.isBlank()) {
                throw error("'" + key + "' is missing");
            }
            return v;
        }

        /** Every value of {@code key}, possibly none. */
        public List<String> all(String key) {
            return fields.getOrDefault(key, List.of());
        }

        /** An exception naming this block's file, line and name. */
        public ChronolineException error(String message) {
            return new ChronolineException(file + ":" + line + ": rule [" + name + "]: " + message);
        }

        /** An exception naming the line of a field of this block. */
        public ChronolineException error(String key, String message) {
            int at = lines.getOrDefault(key, line);
            return new ChronolineException(file + ":" + at + ": rule [" + name + "], " + key + ": " + message);
        }
    }

    public RuleFile {
        blocks = List.copyOf(blocks);
    }

    /**
     * The words of the {@code words} key of every block named {@code list}, lower-cased, or fails
     * naming the file when there is no such block.
     */
    public Set<String> words(String list) {
        Set<String> out = new HashSet<>();
        boolean found = false;
        for (Block b : blocks) {
            if (b.name().equals(list)) {
                found = true;
                for (String w : b.require("words").strip().split("\\s+")) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        if (!found) {
            throw new ChronolineException(name + ": no [" + list + "] block");
        }
        return Set.copyOf(out);
    }

    /** Loads a classpath resource relative to {@code anchor}'s package, or fails naming it. */
    public static RuleFile load(Class<?> anchor, String resource) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new ChronolineException("rule file not found on the classpath: " + resource
                    + " (relative to " + anchor.getPackageName() + ")");
        }
        try (in) {
            return parse(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + resource, e);
        }
    }

    /** Parses a rule file from a stream (UTF-8). */
    public static RuleFile parse(String name, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Block> blocks = new ArrayList<>();
        String blockName = null;
        int blockLine = 0;
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        String lastKey = null;
        String raw;
        int lineNo = 0;
        while ((raw = reader.readLine()) != null) {
            lineNo++;
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
                continue;
            }
            if (raw.startsWith("[")) {
                if (!raw.strip().endsWith("]")) {
                    throw new ChronolineException(name + ":" + lineNo + ": block header must be '[name]': " + raw);
                }
                if (blockName != null) {
                    blocks.add(new Block(blockName, name, blockLine, fields, lines));
                }
                blockName = raw.strip().substring(1, raw.strip().length() - 1).strip();
                if (blockName.isEmpty()) {
                    throw new ChronolineException(name + ":" + lineNo + ": empty block name");
                }
                blockLine = lineNo;
                fields = new LinkedHashMap<>();
                lines = new LinkedHashMap<>();
                lastKey = null;
                continue;
            }
            if (blockName == null) {
                throw new ChronolineException(name + ":" + lineNo + ": text before the first [block]: " + raw);
            }
            if (Character.isWhitespace(raw.charAt(0)) && lastKey != null) {
                List<String> values = fields.get(lastKey);
                values.set(values.size() - 1, values.get(values.size() - 1) + " " + raw.strip());
                continue;
            }
            int eq = raw.indexOf('=');
            if (eq <= 0) {
                throw new ChronolineException(name + ":" + lineNo + ": rule [" + blockName
                        + "]: expected 'key = value', got: " + raw);
            }
            String key = raw.substring(0, eq).strip();
            String value = raw.substring(eq + 1).strip();
            fields.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            lines.putIfAbsent(key, lineNo);
            lastKey = key;
        }
        if (blockName != null) {
            blocks.add(new Block(blockName, name, blockLine, fields, lines));
        }
        return new RuleFile(name, blocks);
    }
}
