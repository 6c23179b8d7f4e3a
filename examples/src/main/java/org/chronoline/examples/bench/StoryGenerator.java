package org.chronoline.examples.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.chronoline.model.Article;

/**
 * Generates news-like articles for benchmarks and scale tests: several stories, each a run of
 * happenings on known days, reported by many articles with relative and absolute dates ("Tuesday",
 * "last week", "On October 6", "two days later"), reported speech, names with spelling variants and
 * page furniture. The same seed gives the same articles.
 *
 * <p>Immutable and thread-safe.
 */
public final class StoryGenerator {

    private static final String[] AGENCIES = {"Homeland Security", "the Justice Department", "the city council",
        "state police", "the county sheriff", "federal prosecutors", "the governor's office", "the FBI"};
    private static final String[] PEOPLE = {"Juan Espinoza Martinez", "Maria Lopez", "Gregory Bovino",
        "April Perry", "Raymond Lopez", "Kristi Noem", "Brandon Johnson", "Eric Hamilton", "Tricia McLaughlin"};
    private static final String[] ACTIONS = {"arrested", "charged", "questioned", "released", "indicted",
        "interviewed", "sued", "fined"};
    private static final String[] NOUNS = {"the raid", "the hearing", "the protest", "the shooting",
        "the announcement", "the vote", "the deployment", "the rally"};
    private static final String[] PLACES = {"Chicago", "Broadview", "Pilsen", "Little Village", "Portland",
        "Springfield", "Cook County"};
    private static final String[] FILLER = {
        "The case has drawn attention from civil rights groups and local officials across the region.",
        "Lawyers for the defendants said they would challenge the evidence in court.",
        "A spokesperson for the agency said the department does not comment on pending investigations.",
        "Community leaders called for calm and asked residents to report any threats to the police.",
        "Officials did not respond to requests for comment.",
        "The investigation is continuing, according to a statement.",
        "Residents described an atmosphere of fear and uncertainty in the neighborhood.",
        "Critics said the tactics were an overreach that tramples on constitutional rights.",
        "Supporters argued that aggressive action was needed to restore order.",
        "The department declined to release further details, citing the ongoing case."
    };
    private static final String[] FURNITURE = {"Ad Blocker Detected!", "Read Entire Article", "5 hours ago 1",
        "\"*\" indicates required fields"};

    private final long seed;
    private final int stories;

    private StoryGenerator(long seed, int stories) {
        this.seed = seed;
        this.stories = stories;
    }

    /** A generator of {@code stories} stories from {@code seed}. */
    public static StoryGenerator of(long seed, int stories) {
        if (stories < 1) {
            throw new IllegalArgumentException("stories must be at least 1, was " + stories);
        }
        return new StoryGenerator(seed, stories);
    }

    /** Article number {@code index} (0-based); articles are spread round-robin over the stories. */
    public Article article(int index) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
        int story = index % stories;
        LocalDate storyStart = LocalDate.of(2025, 1, 6).plusDays(story * 37L % 300);
        LocalDate published = storyStart.plusDays(3 + r.nextInt(60));
        StringBuilder text = new StringBuilder(3_000);
        if (r.nextInt(4) == 0) {
            text.append(FURNITURE[r.nextInt(FURNITURE.length)]).append("\n\n");
        }
        // about as dense in dates as real news (TBAQ: 7 expressions in 2,000 characters)
        int paragraphs = 5 + r.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            text.append(sentence(r, story, published));
            for (int f = 1 + r.nextInt(3); f > 0; f--) {
                text.append(' ').append(FILLER[r.nextInt(FILLER.length)]);
            }
            text.append("\n\n");
        }
        if (r.nextInt(3) == 0) {
            text.append(FURNITURE[r.nextInt(FURNITURE.length)]).append('\n');
        }
        OffsetDateTime time = published.atTime(6 + r.nextInt(14), r.nextInt(60))
                .atOffset(ZoneOffset.ofHours(-5 - r.nextInt(3)));
        return new Article(String.format(Locale.ROOT, "s%03d-a%07d", story, index), time, text.toString(),
                "Story " + story + " update " + index, "Source " + (index % 17), null, "story-" + story);
    }

    /** Articles {@code 0..count-1}. */
    public List<Article> articles(int count) {
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(article(i));
        }
        return out;
    }

    private static String sentence(SplittableRandom r, int story, LocalDate published) {
        String agency = AGENCIES[(story + r.nextInt(3)) % AGENCIES.length];
        String person = PEOPLE[(story * 3 + r.nextInt(3)) % PEOPLE.length];
        if (r.nextInt(5) == 0) {
            person = person.replace(' ', '-');
        }
        String action = ACTIONS[(story + r.nextInt(2)) % ACTIONS.length];
        String place = PLACES[(story + r.nextInt(2)) % PLACES.length];
        String noun = NOUNS[(story + r.nextInt(3)) % NOUNS.length];
        LocalDate day = published.minusDays(1 + r.nextInt(20));
        switch (r.nextInt(9)) {
            case 0:
                return capitalize(agency) + " officials warned " + weekday(published.minusDays(1 + r.nextInt(6)))
                        + " that " + noun + " in " + place + " had drawn threats.";
            case 1:
                return "Last week, federal agents " + action + " " + person + " in " + place + ".";
            case 2:
                return "On " + monthDay(day) + ", " + agency + " " + action + " " + person + ", court records show.";
            case 3:
                return capitalize(noun) + " took place last weekend in " + place + ", witnesses said.";
            case 4:
                return person + " said in " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + " that the city would not back down.";
            case 5:
                return "Two days later, " + person + " was " + action + " again, " + agency + " said.";
            case 6:
                return capitalize(agency) + " will hold a hearing on " + monthDay(published.plusDays(2 + r.nextInt(20)))
                        + ", a spokesperson said.";
            case 7:
                return "Earlier this month, " + agency + " launched an operation in " + place + ".";
            default:
                return "By " + monthDay(day) + ", more than " + (100 + r.nextInt(900)) + " people had been "
                        + action + " in " + place + ".";
        }
    }

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String monthDay(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth();
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
