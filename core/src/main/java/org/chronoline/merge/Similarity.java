package org.chronoline.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.chronoline.event.Lexicon;
import org.chronoline.model.EventMention;
import org.chronoline.model.ResolvedTime;

/**
 * How alike two event mentions are, from what they describe: the trigger's class, the participants
 * (matched through {@link Names}) and the key terms. Times are checked by the merger.
 *
 * <p>A score is in {@code [0, 1]}, or negative for a hard disagreement that rules a merge out: two
 * mentions from one sentence, triggers of different classes (or different words outside any class),
 * or two sayings by different speakers.
 * Mentions whose participants are all different are not alike unless their key terms largely agree.
 * Key terms are weighted by the caller, so that a term most mentions share ("federal") says less
 * than a rare one ("bounty").
 *
 * <p>Immutable and thread-safe.
 */
final class Similarity {

    /** Score needed to merge mentions with compatible times. */
    static final double THRESHOLD = 0.5;
    /** Score needed to merge mentions whose days differ slightly, recording a conflict. */
    static final double CONFLICT_THRESHOLD = 0.7;
    /** Score needed to attach an undated mention to a dated event. */
    static final double ATTACH_THRESHOLD = 0.55;

    private static final Pattern ACTOR_GAP = Pattern.compile("[\\s)\\]]*(?:[\\p{Ll}-]+[\\s)]+){0,2}");

    private final Names names;
    private final Lexicon lexicon;

    Similarity(Names names, Lexicon lexicon) {
        this.names = names;
        this.lexicon = lexicon;
    }

    static Similarity english() {
        return new Similarity(Names.ENGLISH, Lexicon.english());
    }

    Names names() {
        return names;
    }

    /**
     * What the merger needs of one mention, computed once.
     *
     * @param mention      the mention
     * @param time         its resolved time, or {@code null} when undated
     * @param triggerClass the class of its trigger, or {@code null}
     * @param triggerStem  the stem of its trigger, or {@code null}
     * @param participants the keys of its participants
     * @param actors       the keys of the participant just before (or after) the trigger: who acted or spoke
     * @param terms        its key terms
     * @param blockingKeys keys for the merger's index
     * @param affiliation  a group the participant is said to belong to, or {@code null}
     * @param participantWords the participant keys split into words
     * @param actorWords   the actor keys split into words
     * @param startDay     the epoch day of the time's start (0 when undated)
     * @param endDay       the epoch day of the time's end
     * @param startMonth   the month of the start, counted from year 0
     * @param endMonth     the month of the end
     */
    record Features(EventMention mention, ResolvedTime time, Lexicon.TriggerClass triggerClass, String triggerStem,
                    List<String> participants, List<String> actors, Set<String> terms, List<String> blockingKeys,
                    Names.Affiliation affiliation, List<String[]> participantWords, List<String[]> actorWords,
                    long startDay, long endDay, int startMonth, int endMonth) {
    }

    Features features(EventMention m) {
        ResolvedTime time = m.isDated() ? m.time() : null;
        Lexicon.TriggerClass c = lexicon.triggerClass(m.trigger());
        String stem = m.trigger() == null ? null : Lexicon.stem(m.trigger());
        List<String> participants = new ArrayList<>();
        for (String p : m.participants()) {
            for (String k : names.keys(p)) {
                if (!participants.contains(k)) {
                    participants.add(k.intern());
                }
            }
        }
        List<String> actors = actors(m);
        Set<String> terms = SortedStrings.of(m.keyTerms());
        TreeSet<String> keys = new TreeSet<>();
        keys.add(c != null ? "c:" + c.name() : "s:" + stem);
        for (String p : participants) {
            keys.add(participantKey(p));
        }
        for (String t : terms) {
            keys.add("t:" + t);
        }
        return new Features(m, time, c, stem, List.copyOf(participants), actors, terms,
                List.copyOf(SortedStrings.of(keys)),
                names.affiliation(m.sentence().text()), split(participants), split(actors),
                time == null ? 0 : time.startDate().toEpochDay(), time == null ? 0 : time.endDate().toEpochDay(),
                time == null ? 0 : time.startDate().getYear() * 12 + time.startDate().getMonthValue() - 1,
                time == null ? 0 : time.endDate().getYear() * 12 + time.endDate().getMonthValue() - 1);
    }

    /** The blocking key of a participant key: its last word, without a plural "s". */
    static String participantKey(String key) {
        String last = key.substring(key.lastIndexOf(' ') + 1);
        return "p:" + (last.length() > 3 && last.endsWith("s") ? last.substring(0, last.length() - 1) : last);
    }

    /** The keys of the participant written just before the trigger (or just after: "said Noem"). */
    private List<String> actors(EventMention m) {
        if (m.triggerSpan() == null) {
            return List.of();
        }
        String text = m.sentence().text();
        int at = m.triggerSpan().start() - m.sentence().span().start();
        int end = m.triggerSpan().end() - m.sentence().span().start();
        if (at < 0 || end > text.length()) {
            return List.of();
        }
        String best = null;
        int bestEnd = -1;
        for (String p : m.participants()) {
            int i = text.lastIndexOf(p, at);
            while (i >= 0 && i + p.length() > at) {
                i = i == 0 ? -1 : text.lastIndexOf(p, i - 1);
            }
            if (i >= 0 && ACTOR_GAP.matcher(text.substring(i + p.length(), at)).matches() && i + p.length() > bestEnd) {
                best = p;
                bestEnd = i + p.length();
            }
        }
        if (best == null) {
            for (String p : m.participants()) {
                int i = text.indexOf(p, end);
                if (i >= 0 && text.substring(end, i).isBlank() && i - end <= 2) {
                    best = p;
                    break;
                }
            }
        }
        return best == null ? List.of() : names.keys(best);
    }

    /** The score of two dated mentions with unweighted terms; negative when they must not merge. */
    double score(Features a, Features b) {
        return score(a, b, t -> 1, k -> 1);
    }

    /**
     * The score of two dated mentions; negative when they must not merge.
     *
     * @param weight            the weight of a key term (rarer terms say more)
     * @param participantWeight the weight of a participant key (a participant of every other mention,
     *                          like "Chicago" in a story about Chicago, says little)
     */
    double score(Features a, Features b, ToDoubleFunction<String> weight, ToDoubleFunction<String> participantWeight) {
        if (a.mention().article().equals(b.mention().article())
                && a.mention().sentence().index() == b.mention().sentence().index()) {
            return -1;
        }
        double trigger;
        if (a.triggerClass() != null && b.triggerClass() != null) {
            if (a.triggerClass() != b.triggerClass()) {
                return -1;
            }
            trigger = 0.35;
            if (a.triggerClass().speech() && !a.actors().isEmpty() && !b.actors().isEmpty()
                    && matches(a.actorWords(), b.actorWords()) == 0) {
                return -1;
            }
        } else if (a.triggerStem() != null && a.triggerStem().equals(b.triggerStem())) {
            trigger = 0.35;
        } else if (a.triggerStem() != null && b.triggerStem() != null) {
            return -1; // two different words, not both of one class: "barred" and "argued" are two happenings
        } else {
            trigger = 0.1; // one of them has no trigger
        }
        Features small = a.participants().size() <= b.participants().size() ? a : b;
        Features large = small == a ? b : a;
        double total = 0;
        double shared = 0;
        int matched = 0;
        for (int i = 0; i < small.participants().size(); i++) {
            double w = participantWeight.applyAsDouble(small.participants().get(i));
            total += w;
            String[] x = small.participantWords().get(i);
            for (String[] y : large.participantWords()) {
                if (Names.match(x, y)) {
                    shared += w;
                    matched++;
                    break;
                }
            }
        }
        double share = total == 0 ? 0 : shared / total;
        double dice = dice(a.terms(), b.terms(), weight);
        if (!small.participants().isEmpty() && matched == 0 && dice < 0.5) {
            return 0;
        }
        return trigger + 0.35 * share + 0.3 * Math.min(1, 2 * dice);
    }

    /** The score of attaching undated mention {@code u} to an event holding {@code a}; 0 when it may not. */
    double attachScore(Features a, Features u, ToDoubleFunction<String> weight) {
        if (a.mention().article().equals(u.mention().article())
                && a.mention().sentence().index() == u.mention().sentence().index()) {
            return 0;
        }
        if (a.triggerClass() == null || a.triggerClass() != u.triggerClass()) {
            return 0;
        }
        int matched = matches(u.participantWords(), a.participantWords());
        int smaller = Math.min(a.participants().size(), u.participants().size());
        double dice = dice(a.terms(), u.terms(), weight);
        if (matched < 2 && !(matched == 1 && smaller == 1 && dice >= 0.2)) {
            return 0;
        }
        double share = smaller == 0 ? 0 : (double) Math.min(matched, smaller) / smaller;
        double s = 0.35 + 0.35 * share + 0.3 * Math.min(1, 2 * dice);
        return s >= ATTACH_THRESHOLD ? s : 0;
    }

    private static List<String[]> split(List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        // compact and shared: the merger holds these for every mention at once
        String[][] out = new String[keys.size()][];
        for (int i = 0; i < out.length; i++) {
            String[] words = keys.get(i).split(" ");
            for (int w = 0; w < words.length; w++) {
                words[w] = words[w].intern();
            }
            out[i] = words;
        }
        return List.of(out);
    }

    /**
     * Whether two mentions agree beyond their trigger class: the same trigger word, or two
     * participants in common. Asked of a mention with a much wider time than its cluster's.
     */
    boolean stronglyAgree(Features a, Features b) {
        return (a.triggerStem() != null && a.triggerStem().equals(b.triggerStem()))
                || matches(a.participantWords(), b.participantWords()) >= 2;
    }

    /** How many keys of {@code a} match a key of {@code b}. */
    static int matches(List<String[]> a, List<String[]> b) {
        int n = 0;
        for (String[] x : a) {
            for (String[] y : b) {
                if (Names.match(x, y)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** Dice's coefficient of two term sets, each term counted by its weight. */
    static double dice(Set<String> a, Set<String> b, ToDoubleFunction<String> weight) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double common = 0;
        double total = 0;
        for (String t : a) {
            double w = weight.applyAsDouble(t);
            total += w;
            if (b.contains(t)) {
                common += w;
            }
        }
        for (String t : b) {
            total += weight.applyAsDouble(t);
        }
        return total == 0 ? 0 : 2.0 * common / total;
    }
}
