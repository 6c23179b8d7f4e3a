package org.chronoline.temporal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.chronoline.ChronolineException;
import org.chronoline.internal.RuleFile;

/**
 * The temporal grammar: word lists, regex macros and rules, loaded from data files by
 * {@link RuleFile}. Patterns use named groups only; {@code @name} in a pattern expands to a word
 * list or a macro. Loading validates everything and names file, line and rule on any error.
 *
 * <p>Immutable and thread-safe.
 */
final class Grammar {

    static final String DIR = "/org/chronoline/rules/en/";
    static final String WORDS = "words.rules";
    static final String MACROS = "macros.rules";
    /** Rule files in priority order: on equal length, a rule of an earlier file (and earlier block) wins. */
    static final List<String> RULE_FILES = List.of("absolute.rules", "relative.rules", "durations.rules",
            "reject.rules");

    private static final Pattern REFERENCE = Pattern.compile("@([a-z][a-z0-9-]*)");
    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final Pattern NUMBERED_BACKREF = Pattern.compile("\\\\[1-9]");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private final Map<String, Map<String, String>> words;
    private final List<Rule> rules;
    private final List<RuleFile> files;

    private Grammar(Map<String, Map<String, String>> words, List<Rule> rules, List<RuleFile> files) {
        this.words = words;
        this.rules = rules;
        this.files = files;
    }

    /** The bundled English grammar. */
    static Grammar english() {
        RuleFile wordFile = RuleFile.load(Grammar.class, DIR + WORDS);
        RuleFile macroFile = RuleFile.load(Grammar.class, DIR + MACROS);
        List<RuleFile> ruleFiles = new ArrayList<>();
        for (String f : RULE_FILES) {
            ruleFiles.add(RuleFile.load(Grammar.class, DIR + f));
        }
        return of(wordFile, macroFile, ruleFiles);
    }

    /** A grammar from already parsed files (tests use it to check load errors). */
    static Grammar of(RuleFile wordFile, RuleFile macroFile, List<RuleFile> ruleFiles) {
        Map<String, Map<String, String>> words = new LinkedHashMap<>();
        for (RuleFile.Block b : wordFile.blocks()) {
            Map<String, String> list = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> e : b.fields().entrySet()) {
                String entry = e.getKey();
                if (!entry.equals(entry.toLowerCase(Locale.ROOT))) {
                    throw b.error(entry, "word-list entries are lowercase (they match in any case)");
                }
                if (e.getValue().size() > 1) {
                    throw b.error(entry, "entry listed twice");
                }
                list.put(entry, e.getValue().get(0));
            }
            if (words.put(b.name(), Collections.unmodifiableMap(list)) != null) {
                throw b.error("word list defined twice");
            }
        }
        Map<String, String> expansions = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> e : words.entrySet()) {
            expansions.put(e.getKey(), alternation(e.getValue().keySet()));
        }
        Map<String, RuleFile.Block> macroBlocks = new LinkedHashMap<>();
        for (RuleFile.Block b : macroFile.blocks()) {
            if (expansions.containsKey(b.name()) || macroBlocks.put(b.name(), b) != null) {
                throw b.error("macro name already used by a word list or macro");
            }
        }
        for (RuleFile.Block b : macroFile.blocks()) {
            checkBounded(b, b.require("regex"), "regex");
            expansions.put(b.name(), expand(b, b.require("regex"), expansions, macroBlocks, 0));
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        int order = 0;
        for (RuleFile file : ruleFiles) {
            for (RuleFile.Block b : file.blocks()) {
                if (!names.add(b.name())) {
                    throw b.error("rule name already used");
                }
                rules.add(compile(b, order++, expansions, macroBlocks, words));
            }
        }
        List<RuleFile> files = new ArrayList<>();
        files.add(wordFile);
        files.add(macroFile);
        files.addAll(ruleFiles);
        return new Grammar(Collections.unmodifiableMap(words), List.copyOf(rules), List.copyOf(files));
    }

    List<Rule> rules() {
        return rules;
    }

    List<RuleFile> files() {
        return files;
    }

    /** The normalized value of {@code entry} in word list {@code list}, or {@code null}. */
    String word(String list, String entry) {
        Map<String, String> m = words.get(list);
        return m == null ? null : m.get(normalizeEntry(entry));
    }

    Map<String, String> list(String name) {
        return words.getOrDefault(name, Map.of());
    }

    /** Lowercases and collapses white space, the form word-list entries are stored in. */
    static String normalizeEntry(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private static Rule compile(RuleFile.Block b, int order, Map<String, String> expansions,
                                Map<String, RuleFile.Block> macros, Map<String, Map<String, String>> words) {
        String kindText = b.require("kind");
        Rule.Kind kind;
        try {
            kind = Rule.Kind.valueOf(kindText.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw b.error("kind", "unknown kind '" + kindText + "'; one of " + List.of(Rule.Kind.values()));
        }
        String source = b.require("pattern");
        checkBounded(b, source, "pattern");
        String regex = expand(b, source, expansions, macros, 0);
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex, FLAGS);
        } catch (PatternSyntaxException e) {
            throw b.error("pattern", "invalid regular expression: " + e.getDescription());
        }
        List<String> groups = new ArrayList<>();
        Matcher g = GROUP.matcher(regex);
        while (g.find()) {
            String slot = Rule.slotOf(g.group(1));
            if (!Rule.SLOTS.contains(slot)) {
                throw b.error("pattern", "unknown group name '" + g.group(1) + "'; groups are named after slots "
                        + new java.util.TreeSet<>(Rule.SLOTS));
            }
            groups.add(g.group(1));
        }
        Map<String, String> fixed = new LinkedHashMap<>();
        for (String key : b.fields().keySet()) {
            if (Rule.SLOTS.contains(key)) {
                fixed.put(key, b.get(key));
            } else if (!Rule.KEYS.contains(key)) {
                throw b.error(key, "unknown key '" + key + "'; keys are " + new java.util.TreeSet<>(Rule.KEYS)
                        + " or a slot " + new java.util.TreeSet<>(Rule.SLOTS));
            }
        }
        List<String> examples = b.all("example");
        List<String> expects = b.all("expect");
        if (examples.isEmpty() || examples.size() != expects.size()) {
            throw b.error("example", "every rule needs at least one 'example' and exactly one 'expect' per example");
        }
        List<Rule.Example> pairs = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            pairs.add(Rule.Example.parse(b, examples.get(i), expects.get(i)));
        }
        return new Rule(b.name(), b.file(), b.line(), order, kind, source, pattern, List.copyOf(groups), fixed, pairs);
    }

    /** Rejects patterns that could backtrack badly: every repetition must be bounded, except white space. */
    private static void checkBounded(RuleFile.Block b, String source, String key) {
        if (NUMBERED_BACKREF.matcher(source).find()) {
            throw b.error(key, "numbered back-references are not allowed; use named groups");
        }
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '*' || c == '+') {
                boolean escapedSpace = i >= 2 && source.charAt(i - 2) == '\\' && source.charAt(i - 1) == 's';
                if (c == '*' || !escapedSpace) {
                    throw b.error(key, "unbounded repetition '" + c + "' at " + i
                            + "; use a bounded {m,n} instead");
                }
            }
        }
    }

    private static String expand(RuleFile.Block b, String source, Map<String, String> expansions,
                                 Map<String, RuleFile.Block> macros, int depth) {
        if (depth > 8) {
            throw b.error("macros nest too deeply (a macro refers to itself?)");
        }
        Matcher m = REFERENCE.matcher(source);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String exp = expansions.get(name);
            if (exp == null) {
                RuleFile.Block macro = macros.get(name);
                if (macro == null) {
                    throw b.error("pattern", "unknown word list or macro '@" + name + "'");
                }
                exp = expand(macro, macro.require("regex"), expansions, macros, depth + 1);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement("(?:" + exp + ")"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * A regex matching any of the entries, factored as a trie so that a failing match is decided by
     * its first characters (a plain alternation of many words is slow). Longer entries are tried
     * first; an entry ending in a letter or digit must not be followed by another one.
     */
    static String alternation(java.util.Collection<String> entries) {
        Trie root = new Trie();
        for (String e : entries) {
            Trie t = root;
            for (int i = 0; i < e.length(); i++) {
                t = t.children.computeIfAbsent(e.charAt(i), c -> new Trie());
            }
            t.terminal = true;
            t.lastChar = e.charAt(e.length() - 1);
        }
        return root.regex();
    }

    /** A trie node of word-list entries. */
    private static final class Trie {
        final java.util.TreeMap<Character, Trie> children = new java.util.TreeMap<>();
        boolean terminal;
        char lastChar;

        String regex() {
            List<String> alts = new ArrayList<>();
            for (Map.Entry<Character, Trie> e : children.entrySet()) {
                alts.add(quote(e.getKey()) + e.getValue().regex());
            }
            if (terminal) {
                alts.add(Character.isLetterOrDigit(lastChar) ? "(?![\\p{L}\\p{N}])" : "");
            }
            if (alts.size() == 1) {
                return alts.get(0);
            }
            return "(?:" + String.join("|", alts) + ")";
        }

        private static String quote(char c) {
            if (c == ' ') {
                return "\\s{1,3}";
            }
            return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
        }
    }
}
