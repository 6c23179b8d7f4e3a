package org.chronoline.temporal;

import com.joestelmach.natty.DateGroup;
import com.joestelmach.natty.Parser;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import org.chronoline.model.Span;

/**
 * A contained wrapper around the Natty date parser, for date candidates where a second opinion
 * helps (a metadata date string, a comparison in the benchmark). It is not part of the default
 * pipeline: Natty throws on some inputs (a {@code NullPointerException} on season words for years
 * after 2020), reads "22-year-old" as 22:00, and resolves bare weekdays to the future.
 *
 * <p>Every failure of Natty, errors included ({@code StackOverflowError}, {@code NullPointerException}),
 * is caught: the result then holds no candidates and the reason, for the caller to record as a
 * diagnostic. Natty gives dates, not TIMEX3 values.
 *
 * <p>Natty prints its parser's syntax errors to standard error; the wrapper drops what a thread
 * prints there while it is inside Natty (see {@code NattyNoise}), so a caller's output stays clean.
 *
 * <p>Stateless and thread-safe (a Natty parser is made per call).
 */
public final class NattyCandidates {

    /**
     * A date expression Natty found.
     *
     * @param span         offsets in the parsed text
     * @param text         the words
     * @param dates        the dates Natty gives, in the reference's offset
     * @param timeInferred whether Natty made up the time of day
     */
    public record Candidate(Span span, String text, List<LocalDateTime> dates, boolean timeInferred) {
        public Candidate {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(text, "text");
            dates = List.copyOf(dates);
        }

        /** Whether the words name a four-digit year, so the date does not depend on the reference. */
        public boolean namesYear() {
            return FOUR_DIGITS.matcher(text).find();
        }
    }

    /**
     * What one call gave: the candidates, or none and why.
     *
     * @param candidates the candidates, in text order
     * @param failure    why Natty failed, or {@code null}
     */
    public record Result(List<Candidate> candidates, String failure) {
        public Result {
            candidates = List.copyOf(candidates);
        }

        public boolean failed() {
            return failure != null;
        }
    }

    /** Only candidates with an explicit year are kept by {@link #augmenting}, so the reference hardly matters. */
    private static final OffsetDateTime NO_REFERENCE = OffsetDateTime.of(2000, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final java.util.regex.Pattern FOUR_DIGITS = java.util.regex.Pattern.compile("(?<!\\d)(?:1[6-9]|20)\\d\\d(?!\\d)");

    private NattyCandidates() {
    }

    /**
     * The first date Natty reads in a short metadata string ("Oct 15, 2025 10:00 AM", "2 days ago"),
     * or empty when it reads none or fails. Never throws.
     */
    public static java.util.Optional<LocalDateTime> firstDate(String metadata, OffsetDateTime reference) {
        Result r = parse(metadata, reference);
        for (Candidate c : r.candidates()) {
            if (!c.dates().isEmpty()) {
                return java.util.Optional.of(c.dates().get(0));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The first date Natty reads in {@code text} whose words name a four-digit year ("Oct 15, 2025
     * 10:00 AM", not "2 hours ago"), or empty; Natty is not run on a text with no such year. Never throws.
     */
    public static java.util.Optional<Candidate> firstWithYear(String text, OffsetDateTime reference) {
        if (!FOUR_DIGITS.matcher(text).find()) {
            return java.util.Optional.empty();
        }
        for (Candidate c : parse(text, reference).candidates()) {
            if (!c.dates().isEmpty() && c.namesYear()) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A finder that adds to {@code base} the dates Natty finds with an explicit four-digit year that
     * {@code base} missed or read only in part ("October sixth, 2025"), as calendar dates of rule {@code natty}. Off by default:
     * pass it to {@code Chronoline.Builder.expressionFinder} to use it. Natty's failures only mean
     * fewer candidates. Thread-safe when {@code base} is.
     */
    public static ExpressionFinder augmenting(ExpressionFinder base) {
        Objects.requireNonNull(base, "base");
        return (text, sentences) -> {
            List<Timex> found = new ArrayList<>(base.find(text, sentences));
            List<Timex> extra = new ArrayList<>();
            for (org.chronoline.model.Sentence s : sentences) {
                if (s.boilerplate()) {
                    continue;
                }
                for (Candidate c : parse(s.text(), NO_REFERENCE).candidates()) {
                    Span span = Span.of(s.span().start() + c.span().start(), s.span().start() + c.span().end());
                    if (c.dates().isEmpty() || !c.namesYear()
                            || extra.stream().anyMatch(t -> t.span().overlaps(span))
                            || found.stream().anyMatch(t -> t.span().overlaps(span) && !span.contains(t.span()))) {
                        continue;
                    }
                    // a longer Natty date replaces the rule matches inside it ("October sixth, 2025")
                    found.removeIf(t -> span.contains(t.span()) && span.length() > t.span().length());
                    if (found.stream().anyMatch(t -> t.span().equals(span))) {
                        continue;
                    }
                    LocalDateTime d = c.dates().get(0);
                    extra.add(new Timex(span, c.text(), s.index(),
                            new TimeSpec.CalendarDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), false), "natty"));
                }
            }
            found.addAll(extra);
            found.sort((a, b) -> a.span().compareTo(b.span()));
            return found;
        };
    }

    /** Natty's reading of {@code text} against {@code reference}. Never throws. */
    public static Result parse(String text, OffsetDateTime reference) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reference, "reference");
        ZoneOffset offset = reference.getOffset();
        try {
            Parser parser = new Parser(TimeZone.getTimeZone(offset));
            List<DateGroup> groups = NattyNoise.quietly(() -> parser.parse(text, Date.from(reference.toInstant())));
            List<Candidate> out = new ArrayList<>();
            for (DateGroup g : groups) {
                String words = g.getText();
                if (words == null || words.isEmpty()) {
                    continue;
                }
                int at = g.getAbsolutePosition();
                if (at < 0 || at + words.length() > text.length() || !text.startsWith(words, at)) {
                    at = text.indexOf(words);
                }
                if (at < 0) {
                    continue;
                }
                List<LocalDateTime> dates = new ArrayList<>();
                for (Date d : g.getDates()) {
                    dates.add(LocalDateTime.ofInstant(d.toInstant(), offset));
                }
                out.add(new Candidate(Span.of(at, at + words.length()), words, dates, g.isTimeInferred()));
            }
            return new Result(out, null);
        } catch (Throwable t) { // NOPMD: Natty fails in every way, errors included; none may escape
            if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
                throw (VirtualMachineError) t; // out of memory is not Natty's to swallow
            }
            return new Result(List.of(), "natty failed: " + t.getClass().getSimpleName()
                    + (t.getMessage() == null ? "" : ": " + t.getMessage()));
        }
    }
}
