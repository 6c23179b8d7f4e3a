package org.chronoline.io.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chronoline.ChronolineException;
import org.chronoline.model.Anchor;
import org.chronoline.model.Modifier;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Span;
import org.chronoline.model.TemporalExpression;
import org.junit.jupiter.api.Test;

class TimeMlRoundTripTest {

    static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>T1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
            <TEXT>
            Stocks <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3> at AT&amp;T &lt;NYSE&gt;.
            Profit rose in <TIMEX3 tid="t2" type="DATE" value="1997-Q4" mod="END">late fourth quarter</TIMEX3>.
            </TEXT>
            <TLINK lid="l1" eventInstanceID="ei1" relatedToTime="t1" relType="IS_INCLUDED"/>
            </TimeML>
            """;

    @Test
    void readsDctTextAndGold() {
        TimeMlDocument d = TimeMlDocument.parse("t1.tml", DOC);
        assertThat(d.dct()).isEqualTo("1998-01-08");
        assertThat(d.text()).isEqualTo("\nStocks fell Wednesday at AT&T <NYSE>.\nProfit rose in late fourth quarter.\n");
        assertThat(d.gold()).hasSize(2);
        GoldTimex g = d.gold().get(0);
        assertThat(g.span().of(d.text())).isEqualTo("Wednesday");
        assertThat(g.type()).isEqualTo("DATE");
        assertThat(g.value()).isEqualTo("1998-01-07");
        assertThat(d.gold().get(1).mod()).isEqualTo("END");
        assertThat(d.reference(null)).hasToString("1998-01-08T00:00Z");
    }

    @Test
    void writesTagsIntoTheTextAndKeepsTheRest() {
        TimeMlDocument d = TimeMlDocument.parse("t1.tml", DOC);
        List<TemporalExpression> found = List.of(
                expression(d.text(), "Wednesday", new ResolvedTime("1998-01-07", org.chronoline.model.TimeType.DATE,
                        null, null, org.chronoline.model.Granularity.DAY, null, null, null, res())),
                expression(d.text(), "late fourth quarter", new ResolvedTime("1997-Q4",
                        org.chronoline.model.TimeType.DATE, null, null, org.chronoline.model.Granularity.QUARTER,
                        Modifier.END, null, null, res())));
        String written = TimeMlWriter.write(d, found);
        assertThat(written).startsWith(DOC.substring(0, DOC.indexOf("<TEXT>") + 6));
        assertThat(written).endsWith(DOC.substring(DOC.indexOf("</TEXT>")));
        assertThat(written).contains("Stocks fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">Wednesday"
                + "</TIMEX3> at AT&amp;T &lt;NYSE&gt;.");
        assertThat(written).contains("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1997-Q4\" mod=\"END\">late fourth quarter"
                + "</TIMEX3>");

        TimeMlDocument again = TimeMlDocument.parse("t1.tml", written);
        assertThat(again.text()).isEqualTo(d.text());
        assertThat(again.gold()).extracting(GoldTimex::span).containsExactlyElementsOf(
                d.gold().stream().map(GoldTimex::span).toList());
        assertThat(again.gold()).extracting(GoldTimex::value).containsExactly("1998-01-07", "1997-Q4");
    }

    /** A range of days is two dates, each end where it is written, as TimeML annotates them. */
    @Test
    void writesARangeOfDaysAsItsTwoEnds() {
        String doc = DOC.replace(">Wednesday<", ">Jan. 6-7<").replace("late fourth quarter", "Dec. 30 to Jan. 2");
        TimeMlDocument d = TimeMlDocument.parse("t1.tml", doc);
        List<TemporalExpression> tagged = TimeMlTagger.english().tag(d);
        String written = TimeMlWriter.write(d, tagged);
        assertThat(written).contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-06\">Jan. 6</TIMEX3>-"
                + "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998-01-07\">7</TIMEX3>");
        assertThat(TimeMlTagger.asAnnotations(tagged)).extracting(GoldTimex::text, GoldTimex::value)
                .startsWith(tuple("Jan. 6", "1998-01-06"), tuple("7", "1998-01-07"));
        // the range itself is kept for callers
        assertThat(tagged.get(0).time().value()).isEqualTo("1998-01-06/1998-01-07");
    }

    /** Two years in a row name one season, school or fiscal year: a DATE of the year it begins in, scored as written. */
    @Test
    void writesTwoYearsInARowAsTheFirst() {
        String doc = DOC.replace(">Wednesday<", ">1995-96<").replace("late fourth quarter", "1990-1994");
        TimeMlDocument d = TimeMlDocument.parse("t1.tml", doc);
        List<TemporalExpression> tagged = TimeMlTagger.english().tag(d);
        String written = TimeMlWriter.write(d, tagged);
        assertThat(written).contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1995\">1995-96</TIMEX3>");
        assertThat(written).contains("<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P5Y\">1990-1994</TIMEX3>");
        // the range itself is kept for callers: both years
        assertThat(tagged.get(0).time().value()).isEqualTo("1995/1996");
        assertThat(TimeMlTagger.asAnnotations(tagged)).extracting(GoldTimex::value).containsExactly("1995", "P5Y");
    }

    @Test
    void taggerOutputRoundTrips() {
        TimeMlDocument d = TimeMlDocument.parse("t1.tml", DOC);
        String written = TimeMlWriter.write(d, TimeMlTagger.english().tag(d));
        TimeMlDocument again = TimeMlDocument.parse("t1.tml", written);
        assertThat(again.text()).isEqualTo(d.text());
        assertThat(again.gold()).extracting(GoldTimex::text).contains("Wednesday");
        assertThat(again.gold()).filteredOn(g -> g.text().equals("Wednesday")).extracting(GoldTimex::value)
                .containsExactly("1998-01-07");
    }

    @Test
    void aDocumentWithoutTextIsNamed() {
        assertThatThrownBy(() -> TimeMlDocument.parse("x.tml", "<TimeML></TimeML>"))
                .isInstanceOf(ChronolineException.class).hasMessageStartingWith("x.tml: no <TEXT>");
    }

    private static Resolution res() {
        return new Resolution(Anchor.NONE, null, "test");
    }

    private static TemporalExpression expression(String text, String words, ResolvedTime time) {
        int at = text.indexOf(words);
        return TemporalExpression.resolved(Span.of(at, at + words.length()), words, 0, time);
    }
}
