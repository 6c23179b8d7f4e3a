package org.chronoline.io.timeml;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * TempEval-3 scoring of TIMEX3 annotations: strict (identical extent) and relaxed (overlapping
 * extent) precision, recall and F1; type and value accuracy over the relaxed matches, and type and
 * value F1 (accuracy times relaxed F1). Gold and system annotations are paired one to one, in text
 * order, preferring an identical extent. Adds a per-category error table and the list of misses,
 * false positives and wrong values, each with what the gold does with the same words elsewhere in
 * the corpus (see {@link #add(String, String, List, List)}).
 *
 * <p>Not thread-safe: one scorer collects one evaluation.
 */
public final class TimexScorer {

    /** Kinds of expression the error table is broken down by. */
    public enum Category {
        WEEKDAY, WEEK_MONTH_YEAR_RELATIVE, SEASON, ANAPHORIC, DURATION, SET,
        /** A clock time or part of the day ("10 a.m.", "Friday night"): TIMEX3 type TIME. */
        TIME_OF_DAY,
        /** "now", "recently", "in the future": PRESENT_REF, PAST_REF, FUTURE_REF. */
        REFERENCE,
        /** Quarters, halves and fiscal periods without a relative word ("the third quarter", "fiscal 1989"). */
        QUARTER_HALF_FISCAL,
        ABSOLUTE_DATE, OTHER
    }

    /**
     * One error: a miss, a false positive or a wrong value.
     *
     * @param elsewhere what the gold does with the same words elsewhere in the corpus, when it does
     *                  otherwise ("tagged 12x" for a false positive, "untagged 3x" for a miss, "5x in
     *                  this form" for a wrong value); {@code null} when it does not
     */
    public record Error(String kind, String document, Category category, String text, String gold, String system,
                        String elsewhere) {
        @Override
        public String toString() {
            return kind + "\t" + document + "\t" + category + "\t\"" + text.replace('\n', ' ') + "\"\tgold="
                    + gold + "\tsystem=" + system + "\telsewhere=" + (elsewhere == null ? "-" : elsewhere);
        }
    }

    /** An error as found, with the words and values that {@link GoldHabits} judges it by. */
    private record Found(Error error, String words, String goldValue, String systemValue) {
    }

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?s?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEASON = Pattern.compile("\\b(?:spring|summer|fall|autumn|winter)s?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANAPHORIC = Pattern.compile(
            "\\b(?:later|earlier|before|after|following|that|same|previous|preceding|prior|the\\s+next)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:last|this|next|ago|past|coming|current|recent|latest)\\b.{0,30}\\b(?:day|week|weekend|month|quarter|year)s?\\b|"
                    + "\\b(?:day|week|weekend|month|quarter|year)s?\\b.{0,10}\\bago\\b|"
                    + "\\b(?:yesterday|today|tomorrow|tonight)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern QUARTER_HALF_FISCAL = Pattern.compile("\\b(?:quarters?|half|halves|fiscal)\\b",
            Pattern.CASE_INSENSITIVE);

    private int gold;
    private int system;
    private int strict;
    private int relaxed;
    private int typeOk;
    private int valueOk;
    private final Map<Category, int[]> table = new EnumMap<>(Category.class);
    private final List<Found> errors = new ArrayList<>();
    private final GoldHabits habits = new GoldHabits();

    public TimexScorer() {
        for (Category c : Category.values()) {
            // gold, found (relaxed), value right, false positives
            table.put(c, new int[4]);
        }
    }

    /** Adds one document's gold and system annotations; its text is not known (see the other {@code add}). */
    public void add(String document, List<GoldTimex> goldList, List<GoldTimex> systemList) {
        add(document, null, goldList, systemList);
    }

    /**
     * Adds one document's gold and system annotations, and its stripped text, in which the gold's
     * offsets lie: with it, a miss's words can be looked for where the gold leaves them untagged.
     */
    public void add(String document, String text, List<GoldTimex> goldList, List<GoldTimex> systemList) {
        habits.add(text, goldList);
        gold += goldList.size();
        system += systemList.size();
        boolean[] used = new boolean[systemList.size()];
        int[] pairOf = new int[goldList.size()];
        // identical extents first, then any overlap
        for (int g = 0; g < goldList.size(); g++) {
            pairOf[g] = -1;
            for (int s = 0; s < systemList.size(); s++) {
                if (!used[s] && systemList.get(s).span().equals(goldList.get(g).span())) {
                    used[s] = true;
                    pairOf[g] = s;
                    strict++;
                    break;
                }
            }
        }
        for (int g = 0; g < goldList.size(); g++) {
            if (pairOf[g] >= 0) {
                continue;
            }
            for (int s = 0; s < systemList.size(); s++) {
                if (!used[s] && systemList.get(s).span().overlaps(goldList.get(g).span())) {
                    used[s] = true;
                    pairOf[g] = s;
                    break;
                }
            }
        }
        for (int g = 0; g < goldList.size(); g++) {
            GoldTimex gt = goldList.get(g);
            Category c = categoryOf(gt);
            int[] row = table.get(c);
            row[0]++;
            if (pairOf[g] < 0) {
                errors.add(new Found(new Error("MISS", document, c, gt.text(), gt.type() + " " + gt.value(), "-", null),
                        gt.text(), gt.value(), null));
                continue;
            }
            GoldTimex st = systemList.get(pairOf[g]);
            relaxed++;
            row[1]++;
            if (gt.type().equalsIgnoreCase(st.type())) {
                typeOk++;
            }
            if (gt.value().equals(st.value())) {
                valueOk++;
                row[2]++;
            } else {
                errors.add(new Found(new Error("VALUE", document, c, gt.text() + (gt.text().equals(st.text()) ? ""
                        : " | " + st.text()), gt.type() + " " + gt.value(), st.type() + " " + st.value(), null),
                        gt.text(), gt.value(), st.value()));
            }
        }
        for (int s = 0; s < systemList.size(); s++) {
            if (!used[s]) {
                GoldTimex st = systemList.get(s);
                Category c = categoryOf(st);
                table.get(c)[3]++;
                errors.add(new Found(new Error("FALSE_POSITIVE", document, c, st.text(), "-",
                        st.type() + " " + st.value(), null), st.text(), null, st.value()));
            }
        }
    }

    /** The category of an annotation, from its type and words. */
    public static Category categoryOf(GoldTimex t) {
        String type = t.type().toUpperCase(Locale.ROOT);
        if (type.equals("SET")) {
            return Category.SET;
        }
        if (type.equals("DURATION")) {
            return Category.DURATION;
        }
        String text = t.text();
        if (type.equals("TIME")) {
            return Category.TIME_OF_DAY;
        }
        if (t.value() != null && t.value().endsWith("_REF")) {
            return Category.REFERENCE;
        }
        if (SEASON.matcher(text).find()) {
            return Category.SEASON;
        }
        if (WEEKDAY.matcher(text).find() && !text.matches(".*\\d.*")) {
            return Category.WEEKDAY;
        }
        if (ANAPHORIC.matcher(text).find()) {
            return Category.ANAPHORIC;
        }
        if (RELATIVE.matcher(text).find()) {
            return Category.WEEK_MONTH_YEAR_RELATIVE;
        }
        if (QUARTER_HALF_FISCAL.matcher(text).find()) {
            return Category.QUARTER_HALF_FISCAL;
        }
        if (text.matches("(?s).*\\d.*") || text.matches("(?i).*\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).*")) {
            return Category.ABSOLUTE_DATE;
        }
        return Category.OTHER;
    }

    public double strictPrecision() {
        return ratio(strict, system);
    }

    public double strictRecall() {
        return ratio(strict, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
        return ratio(relaxed, system);
    }

    public double relaxedRecall() {
        return ratio(relaxed, gold);
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    public double typeAccuracy() {
        return ratio(typeOk, relaxed);
    }

    public double valueAccuracy() {
        return ratio(valueOk, relaxed);
    }

    public double typeF1() {
        return typeAccuracy() * relaxedF1();
    }

    public double valueF1() {
        return valueAccuracy() * relaxedF1();
    }

    /** Every error, in the order found, each with what the gold does with its words elsewhere. */
    public List<Error> errors() {
        List<Error> out = new ArrayList<>(errors.size());
        for (Found f : errors) {
            Error e = f.error();
            out.add(new Error(e.kind(), e.document(), e.category(), e.text(), e.gold(), e.system(), elsewhere(f)));
        }
        return out;
    }

    /** What the gold does otherwise with the words of an error elsewhere; {@code null} when nothing. */
    private String elsewhere(Found f) {
        return switch (f.error().kind()) {
            case "FALSE_POSITIVE" -> times(habits.tagged(f.words()), "tagged ", "x");
            case "MISS" -> times(habits.untagged(f.words()), "untagged ", "x");
            // the same form and another date is no habit of writing
            default -> GoldHabits.form(f.goldValue()).equals(GoldHabits.form(f.systemValue())) ? null
                    : times(habits.inForm(f.words(), f.systemValue()), "", "x in this form");
        };
    }

    private static String times(int n, String before, String after) {
        return n == 0 ? null : before + n + after;
    }

    /** The summary and the per-category table, as text. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "gold %d, system %d, strict matches %d, relaxed matches %d%n", gold,
                system, strict, relaxed));
        sb.append(String.format(Locale.ROOT, "%-9s %7s %7s %7s%n", "", "P", "R", "F1"));
        sb.append(String.format(Locale.ROOT, "%-9s %7.2f %7.2f %7.2f%n", "strict", 100 * strictPrecision(),
                100 * strictRecall(), 100 * strictF1()));
        sb.append(String.format(Locale.ROOT, "%-9s %7.2f %7.2f %7.2f%n", "relaxed", 100 * relaxedPrecision(),
                100 * relaxedRecall(), 100 * relaxedF1()));
        sb.append(String.format(Locale.ROOT, "type  accuracy %6.2f  F1 %6.2f%n", 100 * typeAccuracy(), 100 * typeF1()));
        sb.append(String.format(Locale.ROOT, "value accuracy %6.2f  F1 %6.2f%n", 100 * valueAccuracy(),
                100 * valueF1()));
        sb.append(String.format(Locale.ROOT, "%n%-26s %6s %6s %6s %6s %6s%n", "category", "gold", "found", "missed",
                "value", "f.pos"));
        for (Map.Entry<Category, int[]> e : table.entrySet()) {
            int[] r = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-26s %6d %6d %6d %6d %6d%n", e.getKey(), r[0], r[1], r[0] - r[1],
                    r[2], r[3]));
        }
        int[] all = new int[3];
        int[] otherwise = new int[3];
        for (Error e : errors()) {
            int k = switch (e.kind()) {
                case "FALSE_POSITIVE" -> 0;
                case "MISS" -> 1;
                default -> 2;
            };
            all[k]++;
            otherwise[k] += e.elsewhere() == null ? 0 : 1;
        }
        sb.append(String.format(Locale.ROOT, "%nwhere the gold does otherwise elsewhere in the corpus:%n"));
        sb.append(String.format(Locale.ROOT, "  false positives  %5d of %5d  (the same words tagged elsewhere)%n",
                otherwise[0], all[0]));
        sb.append(habits.hasTexts()
                ? String.format(Locale.ROOT, "  misses           %5d of %5d  (the same words left untagged elsewhere)%n",
                        otherwise[1], all[1])
                : String.format(Locale.ROOT, "  misses               - of %5d  (no texts given to look in)%n", all[1]));
        sb.append(String.format(Locale.ROOT, "  wrong values     %5d of %5d  (the same words valued in the system's form"
                + " elsewhere)%n", otherwise[2], all[2]));
        return sb.toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
