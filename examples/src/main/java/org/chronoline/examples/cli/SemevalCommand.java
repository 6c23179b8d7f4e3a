package org.chronoline.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chronoline.Chronoline;
import org.chronoline.model.Article;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.chronoline.model.Span;
import org.chronoline.model.Timeline;

/**
 * {@code chronoline semeval DIR}: runs Chronoline on the articles of a SemEval-2015 Task 4
 * (TimeLine) corpus, in the layout of {@code semeval2015-timeline-trial} ({@code timeml/} with each
 * article's DCT and tokenised sentences, {@code gold-timelines/} with the gold events), and reports
 * <ul>
 *   <li>how many gold events with a full date ({@code 2010-06-07}) Chronoline dates to the same day,
 *       and</li>
 *   <li>how many gold cross-article merges (gold lines with mentions from two or more documents) it
 *       reproduces, that is puts mentions of two of those documents in one of its events.</li>
 * </ul>
 * A gold mention {@code DOCID-SENTENCE-WORD} is mapped to character offsets through the tokenised
 * text (sentence 0 is the title). Each figure is given at two levels: <i>trigger</i>, where
 * Chronoline's mention has the gold word as its trigger, and <i>sentence</i>, where it only has a
 * mention in the gold word's sentence.
 */
final class SemevalCommand implements Command {

    private static final Pattern DOCID = Pattern.compile("<DOCID>\\s*([^<\\s]+)\\s*</DOCID>");
    private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})[^\"]*\"", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("<EXTRAINFO>(.*?)</EXTRAINFO>", Pattern.DOTALL);
    private static final Pattern SENTENCE = Pattern.compile("<s id=\"(\\d+)\">(.*?)</s>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public String name() {
        return "semeval";
    }

    @Override
    public String summary() {
        return "score dating and merging against a SemEval-2015 TimeLine corpus";
    }

    @Override
    public String help() {
        return """
                Usage: chronoline semeval [OPTIONS] DIR

                Runs Chronoline on the articles of a SemEval-2015 Task 4 (TimeLine) corpus and reports
                how many gold events with a full date it dates to the same day, and how many gold
                cross-article merges it reproduces. DIR holds timeml/ (articles with their DCT) and
                gold-timelines/ (one file per target entity), as in semeval2015-timeline-trial.

                Options:
                  -v, --verbose   list every gold event with a full date and every gold merge, with the result
                  -h, --help      this help
                """;
    }

    /** One tokenised article: its text and the offsets of each sentence's tokens. */
    record Doc(String id, LocalDate dct, String text, Map<Integer, List<Token>> sentences) {
    }

    /** One token of a sentence, with its offsets in the article text. */
    record Token(String word, Span span) {
    }

    /** One gold mention, resolved to a token (or not found). */
    record GoldMention(String doc, int sentence, String word, Span span) {
        String name() {
            return doc + "-" + sentence + "-" + word;
        }
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("--verbose"), Set.of(), Map.of("-v", "--verbose"));
        if (o.positional().size() != 1) {
            throw new UsageException("name one corpus directory (holding timeml/ and gold-timelines/)");
        }
        Path dir = Path.of(o.positional().get(0));
        Path timeml = dir.resolve("timeml");
        Path gold = dir.resolve("gold-timelines");
        if (!Files.isDirectory(timeml) || !Files.isDirectory(gold)) {
            throw new UsageException(dir + " must hold timeml/ and gold-timelines/");
        }
        boolean verbose = o.has("--verbose");

        Map<String, Doc> docs = new TreeMap<>();
        for (Path p : list(timeml, ".tml")) {
            Doc d = readTimeml(Files.readString(p, StandardCharsets.UTF_8));
            if (d == null) {
                err.println("chronoline semeval: " + p + ": no DOCID or DCT; skipped");
                continue;
            }
            docs.put(d.id(), d);
        }
        List<Article> articles = new ArrayList<>();
        for (Doc d : docs.values()) {
            articles.add(new Article(d.id(), OffsetDateTime.of(d.dct().atTime(12, 0), ZoneOffset.UTC), d.text(), null,
                    null, null, null));
        }
        Timeline timeline = Chronoline.create().timeline(articles);

        // where each of our mentions sits: by (doc, sentence) and by trigger
        Map<String, List<Event>> bySentence = new LinkedHashMap<>();
        Map<String, List<Event>> byTrigger = new LinkedHashMap<>();
        for (Event e : timeline.events()) {
            for (EventMention m : e.mentions()) {
                Doc d = docs.get(m.article());
                int sentence = sentenceOf(d, m.sentence().span());
                bySentence.computeIfAbsent(m.article() + "-" + sentence, k -> new ArrayList<>()).add(e);
                if (m.triggerSpan() != null) {
                    byTrigger.computeIfAbsent(m.article() + "@" + m.triggerSpan().start(), k -> new ArrayList<>()).add(e);
                }
            }
        }

        Set<String> seen = new LinkedHashSet<>();
        int dated = 0;
        int datedCovered = 0;
        int datedTrigger = 0;
        int datedSentence = 0;
        int merges = 0;
        int mergedTrigger = 0;
        int mergedSentence = 0;
        int unmapped = 0;
        int lines = 0;
        for (Path p : list(gold, ".txt")) {
            List<String> rows = Files.readAllLines(p, StandardCharsets.UTF_8);
            for (int r = 1; r < rows.size(); r++) {
                String[] f = rows.get(r).split("\t");
                if (f.length < 3) {
                    continue;
                }
                List<GoldMention> ms = new ArrayList<>();
                for (int i = 2; i < f.length; i++) {
                    GoldMention g = goldMention(f[i].strip(), docs);
                    if (g == null) {
                        unmapped++;
                        if (verbose) {
                            out.println("not found: " + f[i].strip());
                        }
                    } else {
                        ms.add(g);
                    }
                }
                String key = String.join(" ", f).substring(f[0].length() + 1);
                if (ms.isEmpty() || !seen.add(key)) {
                    continue;
                }
                lines++;
                String date = f[1].strip();
                if (FULL_DATE.matcher(date).matches()) {
                    dated++;
                    boolean t = false;
                    boolean s = false;
                    boolean covered = false;
                    for (GoldMention g : ms) {
                        covered |= bySentence.containsKey(g.doc() + "-" + g.sentence());
                        t |= anyOn(byTrigger.get(g.doc() + "@" + g.span().start()), date);
                        s |= anyOn(bySentence.get(g.doc() + "-" + g.sentence()), date);
                    }
                    datedCovered += covered ? 1 : 0;
                    datedTrigger += t ? 1 : 0;
                    datedSentence += s ? 1 : 0;
                    if (verbose) {
                        out.printf("date  %-10s %-5s %-5s %s%n", date, t ? "trig" : "-", s ? "sent" : "-",
                                names(ms) + "  ours: " + ours(ms, bySentence));
                    }
                }
                if (ms.stream().map(GoldMention::doc).distinct().count() >= 2) {
                    merges++;
                    boolean t = together(ms, byTrigger, true);
                    boolean s = together(ms, bySentence, false);
                    mergedTrigger += t ? 1 : 0;
                    mergedSentence += s ? 1 : 0;
                    if (verbose) {
                        out.printf("merge %-10s %-5s %-5s %s%n", date, t ? "trig" : "-", s ? "sent" : "-", names(ms));
                    }
                }
            }
        }
        out.printf("SemEval-2015 TimeLine corpus %s: %d articles, %d gold timeline lines%n", dir.getFileName(),
                docs.size(), lines);
        out.printf("Chronoline timeline: %d events, %d undated mentions%n", timeline.events().size(),
                timeline.undated().size());
        out.printf("gold events with a full date: %d%n", dated);
        out.printf("  in a sentence where Chronoline has an event:  %d (%s)%n", datedCovered,
                percent(datedCovered, dated));
        out.printf("  dated to the same day, trigger level:  %d (%s)%n", datedTrigger, percent(datedTrigger, dated));
        out.printf("  dated to the same day, sentence level: %d (%s)%n", datedSentence, percent(datedSentence, dated));
        out.printf("gold cross-article merges (mentions from 2+ documents): %d%n", merges);
        out.printf("  reproduced, trigger level:  %d (%s)%n", mergedTrigger, percent(mergedTrigger, merges));
        out.printf("  reproduced, sentence level: %d (%s)%n", mergedSentence, percent(mergedSentence, merges));
        if (unmapped > 0) {
            out.printf("gold mentions not found in the tokenised text: %d%n", unmapped);
        }
        return ExitCode.OK;
    }

    private static String percent(int n, int of) {
        return of == 0 ? "-" : String.format("%.1f%%", 100.0 * n / of);
    }

    private static boolean anyOn(List<Event> events, String date) {
        if (events == null) {
            return false;
        }
        LocalDate day = LocalDate.parse(date);
        for (Event e : events) {
            if (e.time().isAnchored() && e.time().days() == 1 && e.time().startDate().equals(day)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of our events holds mentions of two different documents of the gold line. */
    private static boolean together(List<GoldMention> ms, Map<String, List<Event>> where, boolean trigger) {
        for (int i = 0; i < ms.size(); i++) {
            for (int j = i + 1; j < ms.size(); j++) {
                GoldMention a = ms.get(i);
                GoldMention b = ms.get(j);
                if (a.doc().equals(b.doc())) {
                    continue;
                }
                List<Event> ea = where.get(trigger ? a.doc() + "@" + a.span().start() : a.doc() + "-" + a.sentence());
                List<Event> eb = where.get(trigger ? b.doc() + "@" + b.span().start() : b.doc() + "-" + b.sentence());
                if (ea != null && eb != null) {
                    for (Event e : ea) {
                        if (eb.contains(e)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static String names(List<GoldMention> ms) {
        List<String> out = new ArrayList<>();
        for (GoldMention g : ms) {
            out.add(g.name());
        }
        return String.join(" ", out);
    }

    private static String ours(List<GoldMention> ms, Map<String, List<Event>> bySentence) {
        List<String> out = new ArrayList<>();
        for (GoldMention g : ms) {
            for (Event e : bySentence.getOrDefault(g.doc() + "-" + g.sentence(), List.of())) {
                out.add(e.time().value() + " \"" + e.label() + "\"");
            }
        }
        return out.isEmpty() ? "-" : String.join("; ", out);
    }

    private static GoldMention goldMention(String name, Map<String, Doc> docs) {
        int a = name.indexOf('-');
        int b = a < 0 ? -1 : name.indexOf('-', a + 1);
        if (b < 0) {
            return null;
        }
        Doc d = docs.get(name.substring(0, a));
        if (d == null) {
            return null;
        }
        int sentence;
        try {
            sentence = Integer.parseInt(name.substring(a + 1, b));
        } catch (NumberFormatException e) {
            return null;
        }
        String word = name.substring(b + 1);
        // a multi-word event ("took_off") is found by its first word; case is ignored ("Pre-orders")
        String first = word.indexOf('_') > 0 ? word.substring(0, word.indexOf('_')) : word;
        for (Token t : d.sentences().getOrDefault(sentence, List.of())) {
            if (t.word().equalsIgnoreCase(first)) {
                return new GoldMention(d.id(), sentence, word, t.span());
            }
        }
        return null;
    }

    private static int sentenceOf(Doc d, Span span) {
        if (d == null) {
            return -1;
        }
        for (Map.Entry<Integer, List<Token>> e : d.sentences().entrySet()) {
            List<Token> ts = e.getValue();
            if (!ts.isEmpty() && ts.get(0).span().start() <= span.start()
                    && span.start() < ts.get(ts.size() - 1).span().end()) {
                return e.getKey();
            }
        }
        return -1;
    }

    /**
     * Reads one TimeML file: DOCID, DCT, title (sentence 0) and sentences, each put on its own line
     * with the tokens joined as in running text ("June 8, 2010", "Apple's").
     */
    static Doc readTimeml(String xml) {
        Matcher id = DOCID.matcher(xml);
        Matcher dct = DCT.matcher(xml);
        if (!id.find() || !dct.find()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        Map<Integer, List<Token>> sentences = new TreeMap<>();
        Matcher title = TITLE.matcher(xml);
        if (title.find()) {
            sentences.put(0, append(text, title.group(1)));
        }
        Matcher s = SENTENCE.matcher(xml);
        while (s.find()) {
            sentences.put(Integer.parseInt(s.group(1)), append(text, s.group(2)));
        }
        return new Doc(id.group(1), LocalDate.parse(dct.group(1)), text.toString(), sentences);
    }

    /** Appends one tokenised sentence as a line of detokenised text; returns its tokens. */
    private static List<Token> append(StringBuilder text, String tokenised) {
        String plain = unescape(TAG.matcher(tokenised).replaceAll(""));
        List<Token> tokens = new ArrayList<>();
        String previous = null;
        boolean openQuote = false;
        for (String w : plain.strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            boolean isQuote = w.equals("\"");
            boolean glueLeft = previous != null && (w.matches("[,.;:!?)\\]%]+|'s|'|n't|'re|'ve|'ll|'d|'m")
                    || (isQuote && openQuote) || previous.equals("(") || previous.equals("[")
                    || previous.equals("$") || (previous.equals("\"") && openQuote && !isQuote));
            if (previous != null && !glueLeft) {
                text.append(' ');
            }
            int start = text.length();
            text.append(w);
            tokens.add(new Token(w, Span.of(start, text.length())));
            if (isQuote) {
                openQuote = !openQuote;
            }
            previous = w;
        }
        text.append('\n');
        return tokens;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
