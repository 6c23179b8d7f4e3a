package org.chronoline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chronoline.internal.RuleFile;
import org.chronoline.model.Anchor;
import org.chronoline.model.Article;
import org.chronoline.model.EventMention;
import org.chronoline.model.Granularity;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Sentence;
import org.chronoline.model.Span;
import org.chronoline.model.TemporalExpression;
import org.chronoline.model.Tense;
import org.chronoline.text.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnglishEventExtractorTest {

    private static final ResolvedTime DAY = ResolvedTime.ofDates("2025-10-14", LocalDate.of(2025, 10, 14),
            LocalDate.of(2025, 10, 14), Granularity.DAY, new Resolution(Anchor.PUBLICATION, null, "test"));

    /** The mentions of {@code text}, with each of {@code expressions} (substrings) dated 2025-10-14. */
    static List<EventMention> extract(String text, String... expressions) {
        Article article = new Article("a", OffsetDateTime.parse("2025-10-15T10:00:00-05:00"), text, null, null, null,
                null);
        List<Sentence> sentences = SentenceSplitter.english().split(text, 5000);
        List<TemporalExpression> found = new ArrayList<>();
        int from = 0;
        for (String e : expressions) {
            int at = text.indexOf(e, from);
            from = at + e.length();
            Span span = Span.of(at, at + e.length());
            int sentence = sentences.stream().filter(s -> s.span().contains(span)).findFirst().orElseThrow().index();
            found.add(TemporalExpression.resolved(span, e, sentence, DAY));
        }
        return EventExtractor.english().extract(article, sentences, found);
    }

    static Stream<Arguments> triggers() {
        return Stream.of(
                Arguments.of("Mexican drug cartels are placing bounties on officers in Chicago, Homeland Security "
                        + "officials warned Tuesday, describing a threat.", "Tuesday", "warned",
                        "Homeland Security officials warned"),
                Arguments.of("Last week, federal officers arrested Juan Espinoza-Martinez, a Latin Kings gang member "
                        + "charged with soliciting murder.", "Last week", "arrested",
                        "federal officers arrested Juan Espinoza-Martinez"),
                Arguments.of("“The elected leaders in this state of Illinois are ignoring the law,” Noem said in August.",
                        "in August", "said", "Noem said"),
                Arguments.of("“ICE is throwing tear gas,” Pritzker said in a statement on Tuesday, urging a halt.",
                        "on Tuesday", "said", "Pritzker said in a statement"),
                Arguments.of("Earlier this month, two undocumented immigrants in Illinois were arrested for allegedly "
                        + "attempting to injure ICE agents.", "Earlier this month", "arrested",
                        "two undocumented immigrants in Illinois were arrested for allegedly attempting to injure ICE agents"),
                Arguments.of("Operation Midway Blitz, a DHS-led crackdown launched on September 8, 2025, targets offenders.",
                        "September 8, 2025", "launched", "a DHS-led crackdown launched"),
                Arguments.of("Controversy erupted two weekends ago after a CBP agent shot a woman in Brighton Park.",
                        "two weekends ago", "shot", "a CBP agent shot a woman in Brighton Park"),
                Arguments.of("In the coming weeks, Chicago will likely remain a flashpoint.", "In the coming weeks",
                        null, "Chicago will likely remain a flashpoint"),
                // a clause set off after the sentence's subject tells of that subject, and so does the
                // clause after it
                Arguments.of("The suspect, driving a black Chevrolet Tahoe, rammed an undercover ICE vehicle Tuesday.",
                        "Tuesday", "rammed", "The suspect rammed an undercover ICE vehicle"),
                Arguments.of("The results, which were announced Friday, surprised analysts.", "Friday", "announced",
                        "The results were announced"),
                Arguments.of("The law, passed in June, goes into effect in January.", "in June", "passed",
                        "The law passed"),
                Arguments.of("The court heard arguments Tuesday in the case.", "Tuesday", "heard",
                        "The court heard arguments"),
                // a name is not cut in two, and a title before a name is no trigger
                Arguments.of("A wildfire that erupted in the hills north of Los Angeles early Tuesday.",
                        "early Tuesday", "wildfire", "A wildfire that erupted in the hills north of Los Angeles"),
                Arguments.of("Fire Chief Maria Lopez spoke in November 2018.", "November 2018", "spoke",
                        "Fire Chief Maria Lopez spoke"),
                // a long subject keeps its head and the verb group; a clause opened by "when" is its own
                Arguments.of("The first batch of evidence from the Nairobi bombing arrived over the weekend.",
                        "the weekend", "arrived", "The first batch arrived"),
                Arguments.of("Two former managers who cooperated with investigators are scheduled to be sentenced Tuesday.",
                        "Tuesday", "sentenced", "Two former managers are scheduled to be sentenced"),
                Arguments.of("His mother and 10 other people fleeing Cuba drowned when their boat sank in November.",
                        "November", "sank", "their boat sank"),
                Arguments.of("A spokesman said herbicide use in some areas of the U.S. was delayed earlier in the year.",
                        "earlier in the year", "delayed", "use in some areas of the U.S. was delayed"),
                // a saying in a relative clause after the expression does not take it from the verb before
                Arguments.of("A judge sentenced a former nursing home operator to nine years in prison Friday for a scheme "
                        + "that prosecutors said billed the state.", "Friday", "sentenced",
                        "A judge sentenced a former nursing home operator"),
                // an update's time stamp dates what follows it
                Arguments.of("7:30 a.m. CT — Thick black smoke is visible across the channel.", "7:30 a.m. CT", null,
                        "Thick black smoke is visible across the channel"),
                // with no trigger, the clause up to the end of the quotation
                Arguments.of("\"We have not seen this since the Woolsey Fire in November 2018,\" the chief, Maria Lopez.",
                        "November 2018", null, "We have not seen this since the Woolsey Fire"));
    }

    @ParameterizedTest
    @MethodSource("triggers")
    void findsTheTriggerTheTimeAnchorsAndLabelsTheClause(String text, String expression, String trigger, String label) {
        List<EventMention> mentions = extract(text, expression);
        assertThat(mentions).hasSize(1);
        assertThat(mentions.get(0).trigger()).isEqualTo(trigger);
        assertThat(mentions.get(0).label()).isEqualTo(label);
        if (trigger != null) {
            assertThat(mentions.get(0).triggerSpan().of(text)).isEqualTo(trigger);
        }
    }

    @Test
    void aTimeStampTakesNoShareOfASentenceThatDatesItself() {
        List<EventMention> m = extract("8:42 a.m. CT — Pasadena schools will be closed today and Friday, the district said.",
                "8:42 a.m. CT", "today", "Friday");
        assertThat(m).extracting(x -> x.expression().text()).containsExactly("today", "Friday");
        assertThat(m.get(0).label()).isEqualTo("Pasadena schools will be closed");
    }

    @Test
    void twoTimesJoinedByAndDateOneHappening() {
        assertThat(extract("Schools will be closed today and Friday, the district said.", "today", "Friday"))
                .extracting(EventMention::label).containsExactly("Schools will be closed", "Schools will be closed");
        assertThat(extract("In the 1970s and 1980s she recorded three albums.", "the 1970s", "1980s"))
                .extracting(EventMention::trigger).containsExactly("recorded", "recorded");
        // not across a comma to a clause after them
        assertThat(extract("Passengers rose between last Friday and Monday, the most it has handled.", "last Friday",
                "Monday").get(0).label()).doesNotContain("handled");
    }

    @Test
    void participantsAreNameSequencesAsWritten() {
        EventMention m = extract("Last week, federal officers arrested Juan Espinoza-Martinez, a Latin Kings gang member "
                + "charged with soliciting the murder of Border Patrol Commander Gregory Bovino.", "Last week").get(0);
        assertThat(m.participants()).containsExactly("Juan Espinoza-Martinez", "Latin Kings",
                "Border Patrol Commander Gregory Bovino");
        assertThat(m.keyTerms()).contains("arrest", "officer", "federal", "bovino").doesNotContain("last", "week", "the");
        assertThat(m.keyTerms()).isSorted();
        assertThat(m.tense()).isEqualTo(Tense.PAST);
    }

    @Test
    void sentenceOpeningWordsAndSplitAcronymsAreNotNames() {
        EventMention m = extract("Separately, the DHS-led raids of ICE and CBP began Tuesday in Chicago’s Pilsen.",
                "Tuesday").get(0);
        assertThat(m.participants()).containsExactly("DHS", "ICE", "CBP", "Chicago", "Pilsen");
    }

    @Test
    void aPossessiveSplitsAOneWordNameFromTheNextOnly() {
        EventMention m = extract("Police met Tuesday with Chicago’s Pilsen leaders and the Cook County Sheriff’s Office.",
                "Tuesday").get(0);
        assertThat(m.participants()).containsExactly("Police", "Chicago", "Pilsen", "Cook County Sheriff’s Office");
    }

    @Test
    void aSentenceWithTwoDatesGivesTwoMentionsEachWithItsNearestClause() {
        List<EventMention> mentions = extract("Agents arrested him on Monday, and the judge released him on Friday.",
                "Monday", "Friday");
        assertThat(mentions).extracting(EventMention::trigger).containsExactly("arrested", "released");
    }

    @Test
    void aDatelineGivesNothing() {
        assertThat(extract("June 8, 2010\nApple said nothing.", "June 8, 2010")).isEmpty();
        // a wire dateline: a place in capitals, the date, the agency in brackets, a dash
        assertThat(extract("WASHINGTON, Oct 15 (Reuters) - The Senate voted on Tuesday.", "Oct 15", "Tuesday"))
                .extracting(EventMention::trigger).containsExactly("voted");
        assertThat(extract("BEIJING, Oct. 14 (Xinhua) -- China's exports rose.", "Oct. 14")).isEmpty();
    }

    @Test
    void anExpressionUsedAsAPossessiveDatesTheNounAfterIt() {
        List<EventMention> mentions = extract("Police described Tuesday's shooting in Chicago.", "Tuesday");
        assertThat(mentions).extracting(EventMention::trigger).containsExactly("shooting");
        assertThat(extract("Yesterday, at this year's Apple Worldwide Developers Conference, CEO Steve Jobs unveiled "
                + "iPhone 4.", "Yesterday", "this year")).extracting(EventMention::trigger).containsExactly("unveiled");
    }

    @Test
    void aMonthNameInsideAPersonsNameDatesNothing() {
        List<EventMention> mentions = extract("Last week, U.S. District Judge April Perry said the arguments were weak.",
                "Last week", "April");
        assertThat(mentions).hasSize(1);
        assertThat(mentions.get(0).trigger()).isEqualTo("said");
        assertThat(mentions.get(0).participants()).containsExactly("U.S. District Judge April Perry");
    }

    @Test
    void anExpressionWithNoTriggerNearItMayTakeOneFurtherAway() {
        List<EventMention> mentions = extract("On Monday, at the end of a long session of the board, the chairman "
                + "resigned; the board met again in March.", "Monday", "March");
        assertThat(mentions).extracting(EventMention::trigger).containsExactly("resigned", "met");
    }

    @Test
    void undatedGenericMentionsAreNotKept() {
        assertThat(extract("Cartels offer $5,000 to $10,000 for assaults or kidnappings in Chicago.")).isEmpty();
        assertThat(extract("It will end with an ICE agent being killed, Lopez warned.")).isEmpty();
        assertThat(extract("The suspect rammed an ICE vehicle in Chicago.")).extracting(EventMention::trigger)
                .containsExactly("rammed");
    }

    @Test
    void eachExpressionTakesItsOwnClausesVerbWithoutCrossing() {
        assertThat(extract("Apple Computer was started by Steve Jobs and Steve Wozniak in 1976, and launched the iTunes "
                + "Music Store in 2003.", "1976", "2003")).extracting(EventMention::trigger)
                .containsExactly("started", "launched");
        assertThat(extract("In a July 16 press conference, Jobs said that buyers would get a free case.", "July 16"))
                .extracting(EventMention::trigger).containsExactly("said");
    }

    @Test
    void anExpressionEndingALongSubjectDatesSomethingInsideIt() {
        assertThat(extract("A man accused of shooting two police officers during a traffic stop last weekend was ordered "
                + "held without bail Tuesday, prosecutors said.", "last weekend", "Tuesday"))
                .extracting(EventMention::trigger).containsExactly("shooting", "ordered");
        assertThat(extract("Police last week arrested a man in Chicago.", "last week"))
                .extracting(EventMention::trigger).containsExactly("arrested");
    }

    @Test
    void futureTenseComesFromTheAuxiliary() {
        assertThat(extract("The agency will publish the report on Tuesday.", "Tuesday").get(0).tense())
                .isEqualTo(Tense.FUTURE);
        assertThat(extract("In the coming weeks, Chicago will remain a flashpoint.", "In the coming weeks").get(0)
                .tense()).isEqualTo(Tense.FUTURE);
        assertThat(extract("The judge will rule on Tuesday.", "Tuesday").get(0).tense()).isEqualTo(Tense.FUTURE);
    }

    @Test
    void pageFurnitureYieldsNothing() {
        String text = "Ad Blocker Detected!\n5 hours ago\nRead Entire Article\n\"*\" indicates required fields\n";
        assertThat(extract(text)).isEmpty();
        assertThat(extract(text, "5 hours ago")).isEmpty();
    }

    @Test
    void undatedSentencesAreKeptOnlyWithAStrongTriggerAndAParticipant() {
        List<EventMention> mentions = extract("The arrest of an MS-13 member in Chicago suggests a threat. "
                + "The arrest suggests a threat. Officials discussed the weather in Chicago.");
        assertThat(mentions).hasSize(1);
        assertThat(mentions.get(0).trigger()).isEqualTo("arrest");
        assertThat(mentions.get(0).expression()).isNull();
        assertThat(mentions.get(0).participants()).containsExactly("MS-13", "Chicago");
    }

    @Test
    void oddTextDoesNotThrow() {
        for (String text : List.of("", " ", ",,,,", "“", "A", "On Tuesday", "Tuesday Tuesday Tuesday",
                "\u0000\uD83D\uDE00 arrested", "The The The of of and and")) {
            extract(text);
            if (text.contains("Tuesday")) {
                extract(text, "Tuesday");
            }
        }
    }

    /** Every example of the trigger classes picks the expected trigger. */
    static Stream<Arguments> triggerRuleExamples() {
        List<Arguments> out = new ArrayList<>();
        RuleFile rules = Lexicon.english().ruleFiles().get(0);
        for (RuleFile.Block b : rules.blocks()) {
            List<String> examples = b.all("example");
            assertThat(b.all("expression")).hasSameSizeAs(examples);
            assertThat(b.all("expect")).hasSameSizeAs(examples);
            for (int i = 0; i < examples.size(); i++) {
                out.add(Arguments.of(b.name(), examples.get(i), b.all("expression").get(i), b.all("expect").get(i)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("triggerRuleExamples")
    void triggerRuleExample(String rule, String example, String expression, String expect) {
        List<EventMention> mentions = extract(example, expression);
        assertThat(mentions).hasSize(1);
        assertThat(mentions.get(0).trigger()).isEqualTo(expect);
        assertThat(Lexicon.english().triggerClass(expect).name()).isEqualTo(rule);
    }

    @Test
    void wordListExamples() {
        RuleFile words = Lexicon.english().ruleFiles().get(1);
        for (RuleFile.Block b : words.blocks()) {
            String example = b.require("example");
            String expect = b.require("expect");
            switch (b.name()) {
                case "stop-words" -> assertThat(String.join(" ", extract(example, "Last week").get(0).keyTerms()))
                        .as(b.name()).isEqualTo(expect);
                case "past-verbs" -> {
                    List<String> past = new ArrayList<>();
                    for (String w : example.replaceAll("[^A-Za-z ]", "").split(" ")) {
                        if (Lexicon.english().isIrregularPast(w)) {
                            past.add(w);
                        }
                    }
                    assertThat(String.join(" ", past)).as(b.name()).isEqualTo(expect);
                }
                case "particles" -> assertThat(extract(example, "Sunday").get(0).label()).as(b.name())
                        .isEqualTo(expect);
                case "subordinators", "subject-ends", "verb-group", "infinitive-governors" ->
                        assertThat(extract(example, b.require("expression")).get(0).label()).as(b.name())
                                .isEqualTo(expect);
                case "titles" -> {
                    // run by merge.NamesTest, which owns name normalisation
                }
                default -> throw new AssertionError("no test for word list [" + b.name() + "]");
            }
        }
    }

    @Test
    void stemsMeet() {
        assertThat(Lexicon.stem("arrested")).isEqualTo(Lexicon.stem("arrests")).isEqualTo(Lexicon.stem("arrest"));
        assertThat(Lexicon.stem("charged")).isEqualTo(Lexicon.stem("charges")).isEqualTo(Lexicon.stem("charge"));
        assertThat(Lexicon.stem("officers")).isEqualTo(Lexicon.stem("officer"));
        assertThat(Lexicon.stem("Agency's")).isEqualTo("agency");
    }
}
