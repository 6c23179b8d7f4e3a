package org.chronoline.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.chronoline.model.ArticleInfo;
import org.chronoline.model.Conflict;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.chronoline.model.Modifier;
import org.chronoline.model.Placement;
import org.chronoline.model.ResolvedTime;

/**
 * The default merger.
 *
 * <p><b>Blocking.</b> Mentions are never compared all against all. Each dated mention is indexed
 * under the months its range touches, paired with its blocking keys (its trigger class, the last
 * word of each participant, and its rarest key terms by how many mentions hold them). A mention is
 * compared only with the clusters found under its own months, their neighbours and its own keys,
 * and of those only with the few sharing the most keys; within a cluster, only with members of
 * distinct contents. A posting list stops growing at a small size, so a key most mentions hold
 * costs nothing. 100,000 mentions merge in a few seconds (see {@code MergeBenchmark} in the tests).
 *
 * <p><b>Clustering.</b> Dated mentions are taken narrowest time first, then by start, article and
 * offset, and each joins the most similar cluster it is {@linkplain Similarity compatible} with, or
 * starts a new one. A cluster keeps the intersection of its members' times; a mention whose day
 * differs from it by at most {@value #CONFLICT_DAYS} days may still join when it is very similar,
 * and the disagreement becomes a {@link Conflict.Kind#TIME} conflict. A mention whose time is much
 * wider than the cluster's (over a month, and four times as wide) must be as similar to join; it,
 * and a mention joining a cluster when both are dated wider than a month, must also share the
 * trigger word or two participants with a member.
 *
 * <p><b>Events.</b> An event's time is the time most of its articles support (a mention supports
 * every time its own range contains, so "last week" supports "October 6"), then the narrowest, then
 * the earliest. Differing group affiliations of the participant become a
 * {@link Conflict.Kind#PARTICIPANT} conflict. Undated mentions join the most similar event of the
 * same trigger class sharing a participant, or are returned as undated.
 *
 * <p>Similar mentions from one sentence never merge (each expression of a sentence dates its own
 * clause), and neither do triggers of different classes nor sayings of different speakers.
 *
 * <p>The result does not depend on the order of the input. Immutable and thread-safe.
 */
final class StandardMerger implements EventMerger {
    static final StandardMerger INSTANCE = new StandardMerger(Similarity.english());

    /** Days a differently dated mention may be apart from its cluster and still join it, with a conflict. */
    static final int CONFLICT_DAYS = 2;
    /** Months indexed for one mention at most (a range over a longer span is indexed by its first months). */
    private static final int MAX_MONTHS = 13;
    /** Blocking keys used per mention. */
    private static final int KEYS_PER_MENTION = 6;
    /** A posting list longer than this stops growing: such a key says little. */
    private static final int MAX_POSTINGS = 32;
    /** Candidate clusters scored per mention at most. */
    private static final int MAX_CANDIDATES = 8;
    /** Cluster members (with distinct contents) compared with a candidate mention at most. */
    private static final int MAX_COMPARED_MEMBERS = 24;

    private final Similarity similarity;

    StandardMerger(Similarity similarity) {
        this.similarity = similarity;
    }

    /** One cluster under construction. */
    private static final class Cluster {
        final int id;
        final List<Similarity.Features> members = new ArrayList<>(1);
        /** Members with distinct contents, the ones a candidate is compared with. */
        final List<Similarity.Features> exemplars = new ArrayList<>(1);
        private final Set<String> signatures = new HashSet<>(2);
        long start;
        long end;

        Cluster(int id, Similarity.Features first) {
            this.id = id;
            start = first.startDay();
            end = first.endDay();
            add(first);
        }

        void add(Similarity.Features f) {
            members.add(f);
            if (exemplars.size() < MAX_COMPARED_MEMBERS
                    && signatures.add(f.triggerStem() + "|" + f.participants() + "|" + f.terms() + "|" + f.actors())) {
                exemplars.add(f);
            }
        }
    }

    static final Comparator<Similarity.Features> TEXT_ORDER = Comparator
            .comparing((Similarity.Features f) -> f.mention().article())
            .thenComparingInt(f -> f.mention().sentence().span().start())
            .thenComparingInt(f -> f.mention().expression() == null ? -1 : f.mention().expression().span().start())
            .thenComparingInt(f -> f.mention().triggerSpan() == null ? -1 : f.mention().triggerSpan().start())
            .thenComparing(f -> f.mention().label());

    private static final Comparator<Similarity.Features> NARROW_FIRST = Comparator
            .comparingLong((Similarity.Features f) -> f.endDay() - f.startDay())
            .thenComparingLong(Similarity.Features::startDay)
            .thenComparing(TEXT_ORDER);

    @Override
    public MergeResult merge(List<EventMention> mentions, Map<String, ArticleInfo> articles) {
        List<Similarity.Features> dated = new ArrayList<>();
        List<Similarity.Features> undated = new ArrayList<>();
        for (EventMention m : mentions) {
            Similarity.Features f = similarity.features(m);
            (m.isDated() ? dated : undated).add(f);
        }
        dated.sort(NARROW_FIRST);
        undated.sort(TEXT_ORDER);
        Map<String, Integer> frequency = keyFrequency(dated, undated);
        int total = Math.max(1, dated.size() + undated.size());
        Map<String, Double> weights = new HashMap<>();
        ToDoubleFunction<String> weight = t -> weights.computeIfAbsent(t,
                k -> Math.log(1.0 + (double) total / Math.max(1, frequency.getOrDefault("t:" + k, 1))));
        Map<String, Double> participantWeights = new HashMap<>();
        ToDoubleFunction<String> participantWeight = p -> participantWeights.computeIfAbsent(p,
                k -> Math.log(1.0 + (double) total / Math.max(1,
                        frequency.getOrDefault(Similarity.participantKey(k), 1))));

        List<Cluster> clusters = new ArrayList<>();
        Map<IndexKey, List<Cluster>> index = new HashMap<>();
        HitCounter counter = new HitCounter();
        for (Similarity.Features f : dated) {
            List<String> keys = blockingKeys(f, frequency);
            Cluster best = null;
            double bestScore = 0;
            for (Cluster c : candidates(index, f, keys, clusters, counter)) {
                double s = score(c, f, weight, participantWeight);
                if (s > 0 && (best == null || s > bestScore || (s == bestScore && c.id < best.id))) {
                    best = c;
                    bestScore = s;
                }
            }
            if (best == null) {
                best = new Cluster(clusters.size(), f);
                clusters.add(best);
            } else {
                join(best, f);
            }
            for (IndexKey k : timedKeys(f, keys, 0)) {
                List<Cluster> posting = index.computeIfAbsent(k, x -> new ArrayList<>());
                if (posting.size() < MAX_POSTINGS && !posting.contains(best)) {
                    posting.add(best);
                }
            }
        }

        List<List<Similarity.Features>> members = new ArrayList<>();
        for (Cluster c : clusters) {
            members.add(new ArrayList<>(c.members));
        }
        List<EventMention> left = attachUndated(clusters, members, undated, weight);

        List<Event> events = new ArrayList<>();
        for (List<Similarity.Features> group : members) {
            events.add(EventBuilder.build(group, articles, similarity));
        }
        return new MergeResult(events, left);
    }

    /** A candidate mention's score against a cluster, or 0 when it may not join. */
    private double score(Cluster c, Similarity.Features f, ToDoubleFunction<String> weight,
                         ToDoubleFunction<String> participantWeight) {
        boolean overlaps = f.startDay() <= c.end && c.start <= f.endDay();
        boolean nearDay = false;
        if (!overlaps) {
            if (f.startDay() != f.endDay() || c.start != c.end) {
                return 0;
            }
            long gap = Math.abs(c.start - f.startDay());
            if (gap > CONFLICT_DAYS) {
                return 0;
            }
            nearDay = true;
        }
        // a wide time ("this fall", "2010") is weak evidence of being the same happening as a narrower one,
        // and two wide times are weak evidence of anything
        long width = f.endDay() - f.startDay() + 1;
        boolean muchWider = width > 31 && width >= 4 * (c.end - c.start + 1);
        boolean bothWide = width > 31 && c.end - c.start + 1 > 31;
        double best = 0;
        boolean strong = false;
        for (Similarity.Features m : c.exemplars) {
            double s = similarity.score(m, f, weight, participantWeight);
            if (s < 0) {
                return 0; // one hard disagreement (same sentence, other trigger, other speaker) rules it out
            }
            best = Math.max(best, s);
            strong |= (muchWider || bothWide) && similarity.stronglyAgree(m, f);
        }
        if ((muchWider || bothWide) && !strong) {
            return 0;
        }
        double needed = nearDay || muchWider ? Similarity.CONFLICT_THRESHOLD : Similarity.THRESHOLD;
        return best >= needed ? best : 0;
    }

    private static void join(Cluster c, Similarity.Features f) {
        c.add(f);
        if (f.startDay() <= c.end && c.start <= f.endDay()) {
            c.start = Math.max(c.start, f.startDay());
            c.end = Math.min(c.end, f.endDay());
        }
    }

    /** Counts, per cluster id, the index keys a mention shares with it; reused from mention to mention. */
    private static final class HitCounter {
        private int[] hits = new int[1024];
        private int[] touched = new int[1024];
        private int size;

        void add(int id) {
            if (id >= hits.length) {
                hits = java.util.Arrays.copyOf(hits, Math.max(id + 1, hits.length * 2));
            }
            if (hits[id]++ == 0) {
                if (size == touched.length) {
                    touched = java.util.Arrays.copyOf(touched, size * 2);
                }
                touched[size++] = id;
            }
        }
    }

    /**
     * The clusters sharing most index keys with the mention: those sharing at least half as many as
     * the best, at most {@value #MAX_CANDIDATES}, most shared first, then oldest first.
     */
    private static List<Cluster> candidates(Map<IndexKey, List<Cluster>> index, Similarity.Features f,
                                            List<String> keys, List<Cluster> clusters, HitCounter counter) {
        for (IndexKey k : timedKeys(f, keys, 1)) {
            List<Cluster> posting = index.get(k);
            if (posting != null) {
                for (Cluster c : posting) {
                    counter.add(c.id);
                }
            }
        }
        int most = 0;
        for (int i = 0; i < counter.size; i++) {
            most = Math.max(most, counter.hits[counter.touched[i]]);
        }
        List<long[]> ranked = new ArrayList<>();
        for (int i = 0; i < counter.size; i++) {
            int id = counter.touched[i];
            int h = counter.hits[id];
            if (2 * h >= most) {
                ranked.add(new long[] {-h, id});
            }
            counter.hits[id] = 0;
        }
        counter.size = 0;
        ranked.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        List<Cluster> out = new ArrayList<>();
        for (int i = 0; i < ranked.size() && i < MAX_CANDIDATES; i++) {
            out.add(clusters.get((int) ranked.get(i)[1]));
        }
        return out;
    }

    /** A key of the blocking index: a month (counted from year 0) and a blocking key. */
    private record IndexKey(int month, String key) {
    }

    /** Index keys: each blocking key paired with each month the time touches, widened by {@code margin} months. */
    private static List<IndexKey> timedKeys(Similarity.Features f, List<String> keys, int margin) {
        List<IndexKey> out = new ArrayList<>();
        int first = f.startMonth() - margin;
        int last = Math.min(f.endMonth() + margin, first + MAX_MONTHS + 2 * margin - 1);
        for (int m = first; m <= last; m++) {
            for (String k : keys) {
                out.add(new IndexKey(m, k));
            }
        }
        return out;
    }

    private static Map<String, Integer> keyFrequency(List<Similarity.Features> dated, List<Similarity.Features> undated) {
        Map<String, Integer> freq = new HashMap<>();
        for (Similarity.Features f : dated) {
            for (String k : f.blockingKeys()) {
                freq.merge(k, 1, Integer::sum);
            }
        }
        for (Similarity.Features f : undated) {
            for (String k : f.blockingKeys()) {
                freq.merge(k, 1, Integer::sum);
            }
        }
        return freq;
    }

    /** The mention's rarest blocking keys (participants always kept), rarest first, ties by name. */
    private static List<String> blockingKeys(Similarity.Features f, Map<String, Integer> frequency) {
        List<String> all = new ArrayList<>(f.blockingKeys());
        all.sort(Comparator.comparingInt((String k) -> frequency.getOrDefault(k, 0)).thenComparing(k -> k));
        List<String> out = new ArrayList<>();
        for (String k : all) {
            if (out.size() < KEYS_PER_MENTION || (k.startsWith("p:") && out.size() < 2 * KEYS_PER_MENTION)) {
                out.add(k);
            }
        }
        return out;
    }

    /** Attaches undated mentions to the best event; returns those left over, in text order. */
    private List<EventMention> attachUndated(List<Cluster> clusters, List<List<Similarity.Features>> members,
                                             List<Similarity.Features> undated, ToDoubleFunction<String> weight) {
        Map<String, TreeSet<Integer>> index = new HashMap<>();
        for (Cluster c : clusters) {
            for (Similarity.Features f : c.members) {
                for (String k : f.blockingKeys()) {
                    if (k.startsWith("p:")) {
                        TreeSet<Integer> posting = index.computeIfAbsent(k, x -> new TreeSet<>());
                        if (posting.size() < MAX_POSTINGS) {
                            posting.add(c.id);
                        }
                    }
                }
            }
        }
        List<EventMention> left = new ArrayList<>();
        for (Similarity.Features u : undated) {
            TreeSet<Integer> candidates = new TreeSet<>();
            for (String k : u.blockingKeys()) {
                if (k.startsWith("p:")) {
                    candidates.addAll(index.getOrDefault(k, new TreeSet<>()));
                }
            }
            int best = -1;
            double bestScore = 0;
            for (int id : candidates) {
                double s = 0;
                for (Similarity.Features m : clusters.get(id).exemplars) {
                    s = Math.max(s, similarity.attachScore(m, u, weight));
                }
                if (s > bestScore) {
                    best = id;
                    bestScore = s;
                }
            }
            if (best >= 0) {
                members.get(best).add(u);
            } else {
                left.add(u.mention());
            }
        }
        return left;
    }

    /** Builds one event from its members. */
    static final class EventBuilder {
        private EventBuilder() {
        }

        static Event build(List<Similarity.Features> group, Map<String, ArticleInfo> articles, Similarity similarity) {
            List<Similarity.Features> all = new ArrayList<>(group);
            all.sort(TEXT_ORDER);
            List<Similarity.Features> timed = new ArrayList<>();
            for (Similarity.Features f : all) {
                if (f.time() != null) {
                    timed.add(f);
                }
            }
            ResolvedTime time = chooseTime(timed);
            Similarity.Features representative = null;
            for (Similarity.Features f : timed) {
                if (f.time().value().equals(time.value())
                        && (representative == null || (representative.mention().trigger() == null
                        && f.mention().trigger() != null))) {
                    representative = f;
                }
            }
            List<Conflict> conflicts = new ArrayList<>();
            Conflict timeConflict = timeConflict(timed, time, articles);
            if (timeConflict != null) {
                conflicts.add(timeConflict);
            }
            Conflict participantConflict = participantConflict(all, articles);
            if (participantConflict != null) {
                conflicts.add(participantConflict);
            }
            List<String> participants = new ArrayList<>();
            List<String> seenKeys = new ArrayList<>();
            List<Similarity.Features> byRelevance = new ArrayList<>();
            byRelevance.add(representative);
            for (Similarity.Features f : all) {
                if (f != representative) {
                    byRelevance.add(f);
                }
            }
            for (Similarity.Features f : byRelevance) {
                for (String p : f.mention().participants()) {
                    List<String> keys = similarity.names().keys(p);
                    boolean known = false;
                    for (String k : keys) {
                        for (String s : seenKeys) {
                            if (Names.match(k, s)) {
                                known = true;
                            }
                        }
                    }
                    if (!known && !keys.isEmpty()) {
                        participants.add(p);
                        seenKeys.addAll(keys);
                    }
                }
            }
            List<EventMention> mentions = new ArrayList<>();
            for (Similarity.Features f : all) {
                mentions.add(f.mention());
            }
            EventMention rep = representative.mention();
            return new Event("?", time, placement(time), rep.label(), rep.trigger(), participants, mentions, conflicts);
        }

        static Placement placement(ResolvedTime t) {
            Modifier m = t.modifier();
            if (m == Modifier.BEFORE || m == Modifier.AFTER || m == Modifier.ON_OR_BEFORE || m == Modifier.ON_OR_AFTER) {
                return Placement.OPEN;
            }
            return t.days() <= 1 ? Placement.EXACT : Placement.RANGE;
        }

        /** The time most articles support, then the narrowest, then the earliest, then by value. */
        private static ResolvedTime chooseTime(List<Similarity.Features> timed) {
            // distinct times first, so that a cluster of thousands of mentions costs little
            Map<String, ResolvedTime> times = new TreeMap<>();
            Map<String, Set<String>> articlesByTime = new TreeMap<>();
            for (Similarity.Features f : timed) {
                String key = f.time().value() + "|" + f.time().start() + "|" + f.time().end();
                times.putIfAbsent(key, f.time());
                articlesByTime.computeIfAbsent(key, k -> new TreeSet<>()).add(f.mention().article());
            }
            ResolvedTime best = null;
            int bestSupport = -1;
            for (Map.Entry<String, ResolvedTime> candidate : times.entrySet()) {
                ResolvedTime t = candidate.getValue();
                Set<String> supporters = new TreeSet<>();
                for (Map.Entry<String, ResolvedTime> other : times.entrySet()) {
                    if (t.isWithin(other.getValue())) {
                        supporters.addAll(articlesByTime.get(other.getKey()));
                    }
                }
                int support = supporters.size();
                if (best == null || support > bestSupport || (support == bestSupport && better(t, best))) {
                    best = t;
                    bestSupport = support;
                }
            }
            return best;
        }

        private static boolean better(ResolvedTime a, ResolvedTime b) {
            if (a.days() != b.days()) {
                return a.days() < b.days();
            }
            int c = a.start().compareTo(b.start());
            if (c != 0) {
                return c < 0;
            }
            return a.value().compareTo(b.value()) < 0;
        }

        private static Conflict timeConflict(List<Similarity.Features> timed, ResolvedTime chosen,
                                             Map<String, ArticleInfo> articles) {
            Map<String, List<Similarity.Features>> byValue = new TreeMap<>();
            List<Similarity.Features> agreeing = new ArrayList<>();
            for (Similarity.Features f : timed) {
                if (chosen.isWithin(f.time())) {
                    agreeing.add(f);
                } else {
                    byValue.computeIfAbsent(f.time().value(), v -> new ArrayList<>()).add(f);
                }
            }
            if (byValue.isEmpty()) {
                return null;
            }
            List<Conflict.Claim> claims = new ArrayList<>();
            claims.add(claim(chosen.value(), agreeing, chosen.value(), articles));
            for (Map.Entry<String, List<Similarity.Features>> e : byValue.entrySet()) {
                claims.add(claim(e.getKey(), e.getValue(), e.getKey(), articles));
            }
            return new Conflict(Conflict.Kind.TIME, claims);
        }

        private static Conflict.Claim claim(String value, List<Similarity.Features> fs, String exactValue,
                                            Map<String, ArticleInfo> articles) {
            String text = null;
            for (Similarity.Features f : fs) {
                if (f.time().value().equals(exactValue) && text == null) {
                    text = f.mention().expression().text();
                }
            }
            if (text == null) {
                text = fs.get(0).mention().expression().text();
            }
            return new Conflict.Claim(value, text, articlesOf(fs), sourcesOf(fs, articles));
        }

        private static Conflict participantConflict(List<Similarity.Features> all, Map<String, ArticleInfo> articles) {
            Map<String, List<Similarity.Features>> byGroup = new TreeMap<>();
            Map<String, Names.Affiliation> first = new LinkedHashMap<>();
            for (Similarity.Features f : all) {
                Names.Affiliation a = f.affiliation();
                if (a != null) {
                    byGroup.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(f);
                    first.putIfAbsent(a.key(), a);
                }
            }
            if (byGroup.size() < 2) {
                return null;
            }
            List<Conflict.Claim> claims = new ArrayList<>();
            for (Map.Entry<String, List<Similarity.Features>> e : byGroup.entrySet()) {
                // the group as most mentions write it, then the first; the role (member, leader) is not disputed
                Map<String, Integer> forms = new LinkedHashMap<>();
                for (Similarity.Features f : e.getValue()) {
                    forms.merge(f.affiliation().group(), 1, Integer::sum);
                }
                String group = null;
                for (Map.Entry<String, Integer> form : forms.entrySet()) {
                    if (group == null || form.getValue() > forms.get(group)) {
                        group = form.getKey();
                    }
                }
                claims.add(new Conflict.Claim(group + " member", first.get(e.getKey()).text(),
                        articlesOf(e.getValue()), sourcesOf(e.getValue(), articles)));
            }
            return new Conflict(Conflict.Kind.PARTICIPANT, claims);
        }

        private static List<String> articlesOf(List<Similarity.Features> fs) {
            TreeSet<String> out = new TreeSet<>();
            for (Similarity.Features f : fs) {
                out.add(f.mention().article());
            }
            return List.copyOf(out);
        }

        private static List<String> sourcesOf(List<Similarity.Features> fs, Map<String, ArticleInfo> articles) {
            TreeSet<String> out = new TreeSet<>();
            for (Similarity.Features f : fs) {
                ArticleInfo a = articles.get(f.mention().article());
                if (a != null && a.source() != null) {
                    out.add(a.source());
                }
            }
            return List.copyOf(out);
        }
    }
}
