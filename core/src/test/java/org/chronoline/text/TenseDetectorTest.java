package org.chronoline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.chronoline.internal.RuleFile;
import org.chronoline.model.Span;
import org.chronoline.model.Tense;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TenseDetectorTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("DHS warned Tuesday that agents were targeted.", "Tuesday", Tense.PAST),
                Arguments.of("The mayor will meet Tuesday with officials.", "Tuesday", Tense.FUTURE),
                Arguments.of("The mayor said he will meet Tuesday.", "Tuesday", Tense.FUTURE),
                Arguments.of("Officials are meeting Tuesday.", "Tuesday", Tense.PRESENT),
                Arguments.of("Tuesday, the council voted.", "Tuesday", Tense.PAST),
                // past the window, a modal that looks ahead still governs when nothing nearer decides
                Arguments.of("Forecasters said the storm's remnants could drop 8 to 12 inches of rain on central Texas"
                        + " over the next two days before crossing into Oklahoma by Friday morning.", "Friday morning",
                        Tense.FUTURE),
                Arguments.of("Opponents would need about 1,100 signatures by Feb. 13 to put the question on the ballot in"
                        + " November.", "November", Tense.FUTURE),
                // (and only a modal: a past verb that far tells nothing)
                Arguments.of("Forecasters said the storm's remnants dropped 8 to 12 inches of rain on central Texas"
                        + " over the next two days before crossing into Oklahoma by Friday morning.", "Friday morning",
                        Tense.UNKNOWN),
                // an event that "is" on a day is held then: the present of a timetable looks ahead
                Arguments.of("Candidates must qualify by March 6, and the primary is May 19.", "May 19", Tense.FUTURE),
                Arguments.of("The weather is mild in May.", "May", Tense.PRESENT),
                // the participle of "as planned" dates nothing: the verb before it decides
                Arguments.of("The offensive began as previously planned Saturday night.", "Saturday night", Tense.PAST),
                Arguments.of("The store will open as scheduled Monday.", "Monday", Tense.FUTURE),
                Arguments.of("Tuesday.", "Tuesday", Tense.UNKNOWN),
                Arguments.of("The group might come as soon as Tuesday.", "Tuesday", Tense.FUTURE),
                Arguments.of("They need help Tuesday.", "Tuesday", Tense.UNKNOWN),
                Arguments.of("\"He will leave Thursday,\" Castro said.", "Thursday", Tense.FUTURE),
                Arguments.of("``He will leave Thursday,'' Castro said.", "Thursday", Tense.FUTURE),
                Arguments.of("He will resign; the board met Tuesday.", "Tuesday", Tense.PAST),
                Arguments.of("Nestle's share before Friday's purchases is small.", "Friday", Tense.UNKNOWN),
                Arguments.of("She will be named commander for a mission in December.", "December", Tense.FUTURE),
                Arguments.of("The dividend would be paid in January.", "January", Tense.FUTURE),
                Arguments.of("The dividend was paid in January.", "January", Tense.PAST),
                Arguments.of("The suspect has been charged Thursday.", "Thursday", Tense.PAST),
                Arguments.of("Neither could be located Wednesday.", "Wednesday", Tense.UNKNOWN),
                Arguments.of("Thermo agreed to purchase the line for $22 million in February.", "February", Tense.FUTURE),
                Arguments.of("The talks, set to resume Monday in Belfast, were delayed.", "Monday", Tense.FUTURE),
                // a participle phrase closed by a comma before the expression describes a noun; one that
                // holds the expression dates it
                Arguments.of("She will shoot a film, set in Alaska, this summer.", "this summer", Tense.FUTURE),
                Arguments.of("The man, arrested Tuesday, faces charges.", "Tuesday", Tense.PAST),
                // what follows a heading's colon tells of something else; a clock time's colon does not end it
                Arguments.of("Ridgeview at Port Ellis, 7 p.m. Saturday: Port Ellis has lost five straight.", "Saturday",
                        Tense.UNKNOWN),
                Arguments.of("Saturday at 7:30 the band will play.", "Saturday", Tense.FUTURE),
                // a plan told in the past perfect was changed or gone through: either side of publication
                Arguments.of("It had been due to expire Friday evening.", "Friday", Tense.UNKNOWN),
                Arguments.of("The exhibit had been set to close Oct. 29, but the board extended it.", "Oct. 29",
                        Tense.UNKNOWN),
                Arguments.of("The union agreed to the terms Tuesday.", "Tuesday", Tense.PAST),
                Arguments.of("Police fired tear gas to disperse the crowd Tuesday.", "Tuesday", Tense.PAST),
                Arguments.of("It would be paid on a still unspecified date in January.", "January", Tense.FUTURE),
                Arguments.of("The council met with the armed men Tuesday.", "Tuesday", Tense.PAST),
                Arguments.of("The 90-day review ends in January.", "January", Tense.FUTURE),
                Arguments.of("His father could come to the U.S. as early as Tuesday.", "Tuesday", Tense.FUTURE),
                Arguments.of("The board may vote Tuesday on the plan.", "Tuesday", Tense.FUTURE),
                Arguments.of("The board should have voted Tuesday.", "Tuesday", Tense.UNKNOWN),
                Arguments.of("Tuesday in May saw record sales.", "Tuesday", Tense.PAST),
                Arguments.of("The council votes Thursday on the budget.", "Thursday", Tense.FUTURE),
                Arguments.of("Turnout in the votes Tuesday was low.", "Tuesday", Tense.PAST),
                Arguments.of("NATO will admit them in early March, an official said.", "early March", Tense.FUTURE),
                Arguments.of("In early March, an official said, NATO admitted them.", "early March", Tense.PAST),
                Arguments.of("The index rose in March and said nothing.", "March", Tense.PAST),
                Arguments.of("The thrift announced the plan Aug. 21.", "Aug. 21", Tense.PAST),
                Arguments.of("The crew failed to return Monday.", "Monday", Tense.PAST),
                Arguments.of("Stocks rose ahead of Tuesday's meeting.", "Tuesday", Tense.FUTURE),
                Arguments.of("Fans will attend Sunday's game.", "Sunday", Tense.FUTURE), // a game is held as planned
                Arguments.of("Talks run from Monday to Wednesday.", "Monday", Tense.FUTURE),
                Arguments.of("He and Arafat meet separately Monday.", "Monday", Tense.FUTURE),
                Arguments.of("The talks did not resume Monday.", "Monday", Tense.PAST),
                // a name of several words counts as one word of the window
                Arguments.of("Colonel Eileen Collins will be named commander of the Space Shuttle Columbia for a "
                        + "mission in December.", "December", Tense.FUTURE),
                // "until" opening the sentence leaves the tense to the clause after it
                Arguments.of("Until Thursday, they had not called Kopp a suspect.", "Thursday", Tense.PAST),
                Arguments.of("Until Thursday, officials will keep the road closed.", "Thursday", Tense.FUTURE),
                // the present of a timetable looks ahead; "marks" is as often a currency ("141.52 yen Wednesday")
                Arguments.of("The museum, closed since March, reopens Saturday.", "Saturday", Tense.FUTURE),
                // nor is a capitalised name ("Mohammed")
                Arguments.of("A delegation will meet Sheikh Mohammed Tuesday.", "Tuesday", Tense.FUTURE),
                // "succeed" is no "-ed" past
                Arguments.of("Mr. Schwarz will succeed him Feb. 1.", "Feb. 1", Tense.FUTURE),
                // a participle after a percentage, and "have" after "to", are no past tense
                Arguments.of("Crews hoped to have the fire 30% contained by the weekend.", "the weekend", Tense.FUTURE),
                Arguments.of("Crews hope to have the fire contained by Friday.", "Friday", Tense.FUTURE),
                Arguments.of("They will have the road reopened by Monday.", "Monday", Tense.FUTURE),
                Arguments.of("He would have attended Friday.", "Friday", Tense.UNKNOWN),
                Arguments.of("They should have been there Friday.", "Friday", Tense.PAST),
                // a future perfect is done by a time ahead; "believed to have" is past; "would have" tells of
                // what did not happen, either side of publication (a bare weekday is still the last one)
                Arguments.of("Crews will have finished the repairs by Friday.", "Friday", Tense.FUTURE),
                Arguments.of("We'll have moved out by March.", "March", Tense.FUTURE),
                Arguments.of("The company expects to have completed the sale by March.", "March", Tense.FUTURE),
                Arguments.of("He is believed to have died Friday.", "Friday", Tense.PAST),
                Arguments.of("They would have finished by Friday.", "Friday", Tense.UNKNOWN),
                Arguments.of("We'll have it ready before Thanksgiving.", "Thanksgiving", Tense.FUTURE),
                Arguments.of("The race was not called until after 11 p.m.", "11 p.m.", Tense.PAST),
                Arguments.of("Residents were not told to boil their tap water until 9:30 a.m. Aug. 12.",
                        "9:30 a.m. Aug. 12", Tense.PAST),
                Arguments.of("He did not say the plant would stay shut until May.", "May", Tense.FUTURE),
                // a start right before a date looks ahead, as "effective" does
                Arguments.of("The cabinet set aside the money in its budget for the new fiscal year beginning April 1.",
                        "April 1", Tense.FUTURE),
                // "and" between two dates joins them, not two clauses
                Arguments.of("Soil has been dry since August, and snow that melts in March and April would help.", "March",
                        Tense.FUTURE),
                // ", the judge wrote" dates the writing, as ", an official said" dates the saying
                Arguments.of("If the commission does not act by Oct. 28, the judge wrote, the court will appoint an"
                        + " expert.", "Oct. 28", Tense.FUTURE),
                // "starting" after a comma starts what the clause before it tells, past or ahead
                Arguments.of("The Fed raised its rate seven times this year, starting in March.", "March", Tense.PAST),
                Arguments.of("The settlement requires a physician to be on site at the jail, beginning in January.",
                        "January", Tense.FUTURE),
                // a clause that opens the sentence with a subordinator ends at its comma
                Arguments.of("Because no one cleared 50 percent, the top two finishers advance to the Aug. 6 runoff.",
                        "Aug. 6", Tense.UNKNOWN),
                Arguments.of("Although sales fell, the company will hire in March.", "March", Tense.FUTURE),
                // ", when" opens another clause, unless a reporting verb dates the words before
                Arguments.of("The kale will mature in the cool weather of October, when the bugs have given up.", "October",
                        Tense.FUTURE),
                Arguments.of("Delgado said at least four freshmen could play this fall, when the Mariners open the 2005"
                        + " season at home on Sept. 3.", "this fall", Tense.FUTURE),
                // a capitalized schedule word after a name is part of the name, no verb
                Arguments.of("She won the French Open in June.", "June", Tense.PAST),
                // a schedule word ending a noun phrase after a preposition is a noun; "will" never is
                Arguments.of("He helped the team, winning both of his postseason starts in October.", "October",
                        Tense.PAST),
                Arguments.of("All conversion rights on the stock will terminate on Nov. 30.", "Nov. 30", Tense.FUTURE),
                // the verb after an event held as planned dates its day, not the saying before it
                Arguments.of("Protest leaders said Sunday's rally would be the biggest since 1990.", "Sunday", Tense.FUTURE),
                Arguments.of("Saturday's final drew a record crowd.", "Saturday", Tense.PAST),
                Arguments.of("Officials said Friday's ruling was upheld.", "Friday", Tense.PAST),
                // ", as someone did" compares with another time
                Arguments.of("I'll be putting my peas in on St. Patrick's Day, as my grandfather did.", "St. Patrick's Day",
                        Tense.FUTURE),
                // "have" right before a time owns it: no perfect
                Arguments.of("The soldiers have this weekend off.", "this weekend", Tense.PRESENT),
                Arguments.of("They had Friday off.", "Friday", Tense.PAST),
                // "have to" is what must be done, ahead; not a perfect
                Arguments.of("The lost days would have to be made up, probably in June.", "June", Tense.FUTURE),
                Arguments.of("The board has to vote in June.", "June", Tense.FUTURE),
                // a past verb right after the expression makes a schedule word before it a noun
                Arguments.of("Store visits from Thursday through Sunday were down 48 percent.", "Thursday", Tense.PAST),
                Arguments.of("The team visits Boston on Thursday, officials said.", "Thursday", Tense.FUTURE),
                // a name that starts like a month is not one: "and" still ends the clause
                Arguments.of("Residents left their flooded homes along the river in March and Marcy will rebuild them.",
                        "March", Tense.PAST),
                // "to last" is the verb
                Arguments.of("La Nina is expected to last at least into early spring.", "early spring", Tense.FUTURE),
                // what would have happened leaves the direction to the nearest reading
                Arguments.of("The launch window opened Oct. 20 and would have closed in mid-November.", "mid-November",
                        Tense.UNKNOWN),
                // "has" that owns a thing is a present, not a perfect
                Arguments.of("If Corvane can get them onto store shelves by Thanksgiving, it has a shot.", "Thanksgiving",
                        Tense.PRESENT),
                // "was to" tells of a plan, for a time either side of publication
                Arguments.of("The theater was to reopen on New Year's Eve with a screening.", "New Year's Eve",
                        Tense.UNKNOWN),
                // what one is asked not to do before a time lies ahead
                Arguments.of("Officials asked evacuees not to return until the weekend.", "the weekend", Tense.FUTURE),
                Arguments.of("Judge Carol Haddad set sentencing for April 19.", "April 19", Tense.FUTURE),
                Arguments.of("Absentee ballots must be received by five p.m. Friday.", "five p.m. Friday", Tense.FUTURE),
                Arguments.of("The court ruled that he must be returned, and set Friday as the deadline.", "Friday",
                        Tense.UNKNOWN),
                Arguments.of("She moved to Boston in May.", "May", Tense.PAST),
                Arguments.of("The issue will dominate a summit set for Washington in April.", "April", Tense.FUTURE),
                Arguments.of("Lunar New Year 2026 will come early.", "Lunar New Year", Tense.FUTURE),
                Arguments.of("The road will stay closed until Friday.", "Friday", Tense.FUTURE),
                Arguments.of("We'll be ready if the contractor keeps his word, and he told me Friday he will.", "Friday",
                        Tense.PAST),
                Arguments.of("Forecasters warned that a second storm could bring snow Saturday night.", "Saturday night",
                        Tense.FUTURE),
                Arguments.of("Neither he nor his grandparents could be located Wednesday.", "Wednesday", Tense.UNKNOWN),
                // "could" after the expression looks ahead as it does before it; so does a verb of
                // timetable after it ("could arrive")
                Arguments.of("After a break Wednesday, another system could arrive late next week, though "
                        + "forecasters said it was too early.", "Wednesday", Tense.FUTURE),
                Arguments.of("Another system could arrive Wednesday.", "Wednesday", Tense.FUTURE),
                // what a thing is readied for lies ahead
                Arguments.of("The satellite was cleared Monday for launch early Wednesday.", "early Wednesday",
                        Tense.FUTURE),
                // so does one that ", that" opens
                Arguments.of("The family pushed for a state law, introduced in January, that would add penalties.",
                        "January", Tense.PAST),
                // a clause that "that" or "which" opens right after the expression tells of something else
                Arguments.of("Corvane unveiled a palm-size music player Tuesday that it says can hold four hours of sound.",
                        "Tuesday", Tense.PAST),
                // a holiday is held on its day as planned: the verb after its possessive dates it
                Arguments.of("Including Monday's holiday, the film is expected to reach $78 million.", "Monday",
                        Tense.PRESENT),
                Arguments.of("Stocks fell after Monday's holiday.", "Monday", Tense.PAST),
                // a listing's present tells of days ahead, after the expression too
                Arguments.of("The center sets up its altar Friday and keeps it on display through Nov. 10.", "Friday",
                        Tense.FUTURE),
                Arguments.of("The theater screens the film Saturday.", "Saturday", Tense.FUTURE),
                Arguments.of("Officials urged drivers to allow extra time for the Monday morning commute.",
                        "Monday morning", Tense.UNKNOWN),
                Arguments.of("They rejected it in 2022 and again this May, by 214 votes.", "this May", Tense.PAST),
                Arguments.of("It holds 504,200 shares, including 254,200 bought from Sept. 14.", "Sept. 14", Tense.PAST),
                Arguments.of("If he won Tuesday, nobody noticed.", "Tuesday", Tense.PAST),
                Arguments.of("On Wednesday, Ricardo Alarcon, head of the assembly, said it.", "Wednesday", Tense.PAST),
                Arguments.of("Police said a planned rally Saturday would be peaceful.", "Saturday", Tense.FUTURE),
                Arguments.of("Protesters planned a rally on Saturday and were hoping for crowds.", "Saturday",
                        Tense.FUTURE),
                // a perfect infinitive is past; "to have it done" still looks ahead
                Arguments.of("Output was likely to have been flat in the April-June period.", "April-June", Tense.PAST),
                Arguments.of("The bank is expected to have the repairs done by Friday.", "Friday", Tense.FUTURE),
                Arguments.of("They're home against Lincoln Wednesday and Friday.", "Wednesday", Tense.PRESENT),
                Arguments.of("The coach said Means would be re-evaluated Friday.", "Friday", Tense.FUTURE),
                Arguments.of("She has knocked on 9,000 doors since announcing her campaign for the Senate in January, "
                        + "and she says she will knock on more.", "January", Tense.PAST),
                Arguments.of("The department proposed the rule in March.", "March", Tense.PAST),
                Arguments.of("The agreement funds the government only through Jan. 15.", "Jan. 15", Tense.FUTURE),
                Arguments.of("If it happens in the summer, people will go under.", "the summer", Tense.FUTURE),
                Arguments.of("In the summer, people are going to go under.", "the summer", Tense.FUTURE),
                Arguments.of("If he won Tuesday, nobody noticed it.", "Tuesday", Tense.PAST),
                Arguments.of("The league holds its draft over two days in Minneapolis, with the first round on April 24, "
                        + "the league announced.", "April 24", Tense.UNKNOWN),
                Arguments.of("The first reports are due Aug. 31.", "Aug. 31", Tense.FUTURE),
                Arguments.of("The payment was due Tuesday.", "Tuesday", Tense.PAST));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void tense(String sentence, String expression, Tense expected) {
        int at = sentence.indexOf(expression);
        assertThat(TenseDetector.english().tenseAt(sentence, Span.of(0, sentence.length()),
                Span.of(at, at + expression.length()))).isEqualTo(expected);
    }

    /** Every word list of tense.rules has an example, and the detector reads it as the file says. */
    @Test
    void wordListExamples() {
        RuleFile file = RuleFile.load(TenseDetector.class, TenseDetector.RESOURCE);
        int lists = 0;
        for (RuleFile.Block b : file.blocks()) {
            if (b.get("words") == null) {
                continue;
            }
            lists++;
            List<String> sentences = b.all("example");
            List<String> expressions = b.all("expression");
            List<String> expected = b.all("expect");
            assertThat(sentences).as(b.name()).isNotEmpty().hasSameSizeAs(expressions).hasSameSizeAs(expected);
            for (int i = 0; i < sentences.size(); i++) {
                String sentence = sentences.get(i);
                int at = sentence.indexOf(expressions.get(i));
                assertThat(at).as(b.name() + ": " + sentence).isNotNegative();
                assertThat(TenseDetector.english().tenseAt(sentence, Span.of(0, sentence.length()),
                        Span.of(at, at + expressions.get(i).length()))).as(b.name() + ": " + sentence)
                        .isEqualTo(Tense.valueOf(expected.get(i)));
            }
        }
        assertThat(lists).isEqualTo(27);
    }
}
