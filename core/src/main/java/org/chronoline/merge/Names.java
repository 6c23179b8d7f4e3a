package org.chronoline.merge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.ChronolineException;
import org.chronoline.event.Lexicon;
import org.chronoline.internal.RuleFile;

/**
 * Normalises participant names so that the forms different articles use can meet: diacritics and
 * case folded, hyphens read as spaces ("Espinoza-Martinez"), titles split off ("Border Patrol Chief
 * Gregory Bovino" gives "border patrol" and "gregory bovino"), aliases from
 * {@code rules/en/merge-names.rules} ("DHS", "Homeland Security"). Two keys match when equal, when
 * one is an acronym of the other, or when the shorter one's words are the last words of the longer
 * one (a surname), each word equal or, for words of six letters or more, one edit apart ("Bovino" /
 * "Bovinio").
 *
 * <p>Also finds group affiliations ("a Latin Kings gang member", "a leader of the Latin Kings").
 *
 * <p>Immutable and thread-safe.
 */
final class Names {

    static final String RESOURCE = "/org/chronoline/rules/en/merge-names.rules";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");

    static final Names ENGLISH = new Names(RuleFile.load(Names.class, RESOURCE), Lexicon.english());

    private static final Set<String> ACRONYM_SKIP = Set.of("of", "and", "the", "for", "de", "u.s.", "us");

    /**
     * A group a participant is described as belonging to.
     *
     * @param key   the folded group name, plurals removed ("latin king")
     * @param group the group as written ("Latin Kings")
     * @param text  the words that say it ("a Latin Kings gang member")
     */
    record Affiliation(String key, String group, String text) {
    }

    private final RuleFile rules;
    private final Lexicon lexicon;
    private final Map<String, String> aliases;
    private final Pattern groupThenRole;
    private final Pattern roleOfGroup;
    private final List<String> roleWords;

    private Names(RuleFile rules, Lexicon lexicon) {
        this.rules = rules;
        this.lexicon = lexicon;
        Map<String, String> a = new LinkedHashMap<>();
        String roles = null;
        for (RuleFile.Block b : rules.blocks()) {
            if (b.name().startsWith("alias-")) {
                String canonical = b.name().substring("alias-".length());
                for (String n : b.require("names").split("\\|")) {
                    String k = fold(n);
                    if (!k.isEmpty() && a.putIfAbsent(k, canonical) != null && !a.get(k).equals(canonical)) {
                        throw b.error("names", "'" + n.strip() + "' is already an alias of " + a.get(k));
                    }
                }
            } else if (b.name().equals("affiliation-roles")) {
                roles = String.join("|", b.require("words").strip().split("\\s+"));
            } else {
                throw b.error("unknown block; expected [alias-...] or [affiliation-roles]");
            }
        }
        if (roles == null) {
            throw new ChronolineException(RESOURCE + ": block [affiliation-roles] is missing");
        }
        this.aliases = a;
        this.roleWords = List.of(roles.toLowerCase(Locale.ROOT).split("\\|"));
        String group = "(\\p{Lu}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*(?:\\s+\\p{Lu}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*)*)";
        this.groupThenRole = Pattern.compile(group + "\\s+(?:gang\\s+|group\\s+|cartel\\s+)?(" + roles + ")\\b");
        this.roleOfGroup = Pattern.compile("\\b(" + roles + ")\\s+of\\s+(?:the\\s+)?" + group);
    }

    RuleFile rules() {
        return rules;
    }

    /** Lowercase, no diacritics, hyphens and dashes as spaces, no possessive, single spaces. */
    static String fold(String s) {
        String n = s;
        for (int i = 0; i < n.length(); i++) {
            if (n.charAt(i) > 0x7f) {
                n = MARKS.matcher(Normalizer.normalize(n, Normalizer.Form.NFD)).replaceAll("");
                break;
            }
        }
        n = n.toLowerCase(Locale.ROOT).replace('’', '\'');
        n = POSSESSIVE.matcher(n).replaceAll("");
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = true;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.') {
                sb.append(c);
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        return sb.toString().strip();
    }

    /** The keys of one participant as written: its parts between titles, each folded and aliased. */
    List<String> keys(String participant) {
        List<String> out = new ArrayList<>();
        String whole = fold(participant);
        String alias = aliases.get(whole);
        if (alias != null) {
            out.add(alias);
            return out;
        }
        StringBuilder part = new StringBuilder();
        for (String w : whole.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            if (lexicon.isTitle(w) || lexicon.isTitle(w.replace(".", ""))) {
                addPart(part, out);
            } else {
                if (part.length() > 0) {
                    part.append(' ');
                }
                part.append(w);
            }
        }
        addPart(part, out);
        return out;
    }

    private void addPart(StringBuilder part, List<String> out) {
        String p = part.toString().replace(".", "").strip();
        part.setLength(0);
        while (p.startsWith("the ")) {
            p = p.substring(4);
        }
        if (p.isEmpty() || lexicon.isStopWord(p)) {
            return;
        }
        String key = aliases.getOrDefault(p, p);
        if (!out.contains(key)) {
            out.add(key);
        }
    }

    /** Whether two keys name the same participant. */
    static boolean match(String a, String b) {
        return a.equals(b) || match(a.split(" "), b.split(" "));
    }

    /** Whether two keys, split into words, name the same participant. */
    static boolean match(String[] x, String[] y) {
        if (x.length > y.length) {
            String[] t = x;
            x = y;
            y = t;
        }
        if (x.length == 1 && y.length > 1 && isAcronymOf(x[0], y)) {
            return true;
        }
        // the shorter's words are the last words of the longer (a surname, a shorter form)
        int off = y.length - x.length;
        for (int i = 0; i < x.length; i++) {
            if (!wordMatch(x[i], y[off + i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAcronymOf(String acronym, String[] words) {
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (!ACRONYM_SKIP.contains(w) && !w.isEmpty()) {
                initials.append(w.charAt(0));
            }
        }
        return initials.length() >= 2 && initials.toString().equals(acronym);
    }

    private static boolean wordMatch(String a, String b) {
        if (a.equals(b) || a.equals(b + "s") || b.equals(a + "s")) {
            return true;
        }
        return a.length() >= 6 && b.length() >= 6 && withinOneEdit(a, b);
    }

    static boolean withinOneEdit(String a, String b) {
        int m = a.length();
        int n = b.length();
        if (Math.abs(m - n) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < m && j < n) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (m > n) {
                i++;
            } else if (n > m) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (m - i) + (n - j) <= 1;
    }

    /** The group the sentence describes someone as a member or leader of, or {@code null}. */
    Affiliation affiliation(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean anyRole = false;
        for (String role : roleWords) {
            if (lower.contains(role)) {
                anyRole = true;
                break;
            }
        }
        if (!anyRole) {
            return null;
        }
        Matcher m = groupThenRole.matcher(sentence);
        Affiliation best = null;
        int at = Integer.MAX_VALUE;
        while (m.find()) {
            String group = stripLeadingStopWords(m.group(1));
            if (group != null && m.start() < at) {
                best = affiliation(group, m.group(2), m.group());
                at = m.start();
                break;
            }
        }
        Matcher r = roleOfGroup.matcher(sentence);
        if (r.find() && r.start() < at) {
            String group = stripLeadingStopWords(r.group(2));
            if (group != null) {
                best = affiliation(group, r.group(1), r.group());
            }
        }
        return best;
    }

    private Affiliation affiliation(String group, String role, String text) {
        StringBuilder key = new StringBuilder();
        for (String w : fold(group).split(" ")) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
        }
        String r = role.toLowerCase(Locale.ROOT);
        if (r.endsWith("s")) {
            r = r.substring(0, r.length() - 1);
        }
        return new Affiliation(key.toString(), group, text);
    }

    private String stripLeadingStopWords(String group) {
        String[] words = group.split("\\s+");
        int i = 0;
        while (i < words.length && (lexicon.isStopWord(words[i]) || lexicon.isTitle(words[i]))) {
            i++;
        }
        return i == words.length ? null : String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }
}
