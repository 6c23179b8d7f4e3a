package org.chronoline.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronoline.resolve.ResolverTestSupport.expression;
import static org.chronoline.resolve.ResolverTestSupport.tag;

import java.util.List;
import java.util.stream.Stream;
import org.chronoline.model.Anchor;
import org.chronoline.model.TemporalExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StandardResolverTest {

    /** Wednesday. */
    static final String WED = "2025-10-15T10:00:00-05:00";

    static Stream<Arguments> rows() {
        return Stream.of(
                // text, published, expression, value, range ("" when none), mod ("" when none)
                // direction from tense
                Arguments.of("DHS warned Tuesday that agents were targeted.", WED, "Tuesday", "2025-10-14",
                        "2025-10-14", ""),
                Arguments.of("The mayor will meet Tuesday with officials.", WED, "Tuesday", "2025-10-21",
                        "2025-10-21", ""),
                Arguments.of("The council met Friday.", WED, "Friday", "2025-10-10", "2025-10-10", ""),
                Arguments.of("The council will vote Friday.", WED, "Friday", "2025-10-17", "2025-10-17", ""),
                Arguments.of("Officials spoke Wednesday.", WED, "Wednesday", "2025-10-15", "2025-10-15", ""),
                Arguments.of("The rally is Saturday.", WED, "Saturday", "2025-10-18", "2025-10-18", ""),
                Arguments.of("Last Friday was calm.", WED, "Last Friday", "2025-10-10", "2025-10-10", ""),
                Arguments.of("Police made arrests Sunday.", WED, "Sunday", "2025-10-12", "2025-10-12", ""),
                // a month and day months away, against the tense: the year before or after
                Arguments.of("Revenue was $76 million for the year ended March 31.", "2025-11-01T12:00:00Z",
                        "March 31", "2025-03-31", "2025-03-31", ""),
                Arguments.of("The new pact will take effect June 1.", "2025-11-01T12:00:00Z", "June 1", "2026-06-01",
                        "2026-06-01", ""),
                // last / next / this weekday
                Arguments.of("He left last Friday.", "2025-10-17T09:00:00Z", "last Friday", "2025-10-10",
                        "2025-10-10", ""),
                Arguments.of("He left last Friday.", WED, "last Friday", "2025-10-10", "2025-10-10", ""),
                // said the day after, "last Saturday" is the Saturday before: yesterday is "Saturday"
                Arguments.of("He sat out the finale last Saturday.", "2025-03-09T12:00:00Z", "last Saturday",
                        "2025-03-01", "", ""),
                Arguments.of("He sat out the finale last Friday.", "2025-03-09T12:00:00Z", "last Friday",
                        "2025-03-07", "", ""),
                // "this past Tuesday" said on a Wednesday is yesterday, the last Tuesday before today
                Arguments.of("He left this past Tuesday.", WED, "this past Tuesday", "2025-10-14", "", ""),
                Arguments.of("He left last Tuesday.", WED, "last Tuesday", "2025-10-07", "", ""),
                Arguments.of("They meet next Monday.", WED, "next Monday", "2025-10-20", "2025-10-20", ""),
                Arguments.of("They meet this Friday.", WED, "this Friday", "2025-10-17", "2025-10-17", ""),
                // weeks and week boundaries
                Arguments.of("Last week, prosecutors charged him.", WED, "Last week", "2025-W41",
                        "2025-10-06..2025-10-12", ""),
                Arguments.of("Last week, prosecutors charged him.", "2025-10-13T08:00:00Z", "Last week", "2025-W41",
                        "2025-10-06..2025-10-12", ""),
                Arguments.of("This week prosecutors charged him.", "2025-10-19T22:00:00Z", "This week", "2025-W42",
                        "2025-10-13..2025-10-19", ""),
                Arguments.of("Next week the trial starts.", "2025-10-19T22:00:00Z", "Next week", "2025-W43",
                        "2025-10-20..2025-10-26", ""),
                // the local date of the publication time decides, not UTC
                Arguments.of("Last week, prosecutors charged him.", "2025-10-12T23:30:00-05:00", "Last week",
                        "2025-W40", "2025-09-29..2025-10-05", ""),
                // ISO week 53
                Arguments.of("This week was calm.", "2027-01-01T12:00:00Z", "This week", "2026-W53",
                        "2026-12-28..2027-01-03", ""),
                Arguments.of("Last week was calm.", "2027-01-04T12:00:00Z", "Last week", "2026-W53",
                        "2026-12-28..2027-01-03", ""),
                // weekends
                Arguments.of("Agents were attacked last weekend.", WED, "last weekend", "2025-W41-WE",
                        "2025-10-11..2025-10-12", ""),
                Arguments.of("Agents were attacked two weekends ago.", WED, "two weekends ago", "2025-W40-WE",
                        "2025-10-04..2025-10-05", ""),
                // months, seasons, quarters, halves, decades, centuries
                Arguments.of("Agents arrived in August.", WED, "August", "2025-08", "2025-08-01..2025-08-31", ""),
                Arguments.of("He was arrested in early December.", "2026-03-10T12:00:00Z", "early December",
                        "2025-12", "2025-12-01..2025-12-10", "START"),
                Arguments.of("The trial will open in December.", "2026-03-10T12:00:00Z", "December", "2026-12",
                        "2026-12-01..2026-12-31", ""),
                Arguments.of("The operation began this fall.", WED, "this fall", "2025-FA", "2025-09-01..2025-11-30", ""),
                Arguments.of("It is cold this winter.", "2026-01-10T12:00:00Z", "this winter", "2025-WI",
                        "2025-12-01..2026-02-28", ""),
                Arguments.of("It was cold last winter.", "2026-01-10T12:00:00Z", "last winter", "2024-WI",
                        "2024-12-01..2025-02-28", ""),
                Arguments.of("It will be hot next summer.", "2026-01-10T12:00:00Z", "next summer", "2026-SU",
                        "2026-06-01..2026-08-31", ""),
                // a time counted from ("since") lies behind, whatever the tense
                Arguments.of("The stock is down 20% since Jan. 2.", WED, "Jan. 2", "2025-01-02", "2025-01-02..2025-10-15",
                        "ON_OR_AFTER"),
                // hours counted from a day the text names land on a day, written as the amount TimeML gives
                Arguments.of("He was arrested Oct. 6. 48 hours later, he was freed.", WED, "48 hours later",
                        "PT48H", "2025-10-08", ""),
                // a weekday that does not match a date near publication is a slip, not another year
                Arguments.of("On Monday, Oct. 12, police arrested him.", WED, "Monday, Oct. 12", "2025-10-12",
                        "2025-10-12", ""),
                Arguments.of("The game is on Saturday, April 25.", WED, "Saturday, April 25", "2026-04-25",
                        "2026-04-25", ""),
                // a future told from a day named before it in the sentence ("would", "until")
                Arguments.of("He appeared in court Monday, where a judge postponed the hearing until Tuesday.", WED,
                        "Tuesday", "2025-10-14", "2025-10-14", "ON_OR_BEFORE"),
                Arguments.of("He said Monday he would leave Tuesday.", WED, "Tuesday", "2025-10-14", "2025-10-14", ""),
                Arguments.of("The company said Monday it will report Tuesday.", WED, "Tuesday", "2025-10-21",
                        "2025-10-21", ""),
                Arguments.of("He said Monday he would resign Friday.", WED, "Friday", "2025-10-17", "2025-10-17", ""),
                // a quarter just ended is still reported on across the new year
                Arguments.of("The company will report fourth-quarter results on Jan. 28.", "2026-01-05T10:00:00Z",
                        "fourth-quarter", "2025-Q4", "2025-10-01..2025-12-31", ""),
                // "this" in the past tense is the one just gone when this week's is still ahead
                Arguments.of("Protesters gathered this weekend.", "2025-10-20T10:00:00Z", "this weekend",
                        "2025-W42-WE", "2025-10-18..2025-10-19", ""),
                Arguments.of("The rally is this weekend.", "2025-10-20T10:00:00Z", "this weekend", "2025-W43-WE",
                        "2025-10-25..2025-10-26", ""),
                Arguments.of("The council met this Friday.", "2025-10-20T10:00:00Z", "this Friday", "2025-10-17",
                        "2025-10-17", ""),
                // the end of a range of days follows its start, whatever the tense
                Arguments.of("The festival runs Monday through Friday.", WED, "Friday", "2025-10-24", "2025-10-24",
                        "ON_OR_BEFORE"),
                // opening hours name every such day
                Arguments.of("Stores are open Monday through Friday.", WED, "Friday", "XXXX-WXX-5", "", ""),
                Arguments.of("The store keeps its hours, 8 a.m. to 6 p.m. Monday through Saturday.", WED, "6 p.m.",
                        "XXXX-XX-XXT18:00", "", ""),
                Arguments.of("Police searched the area Monday through Wednesday.", WED, "Wednesday", "2025-10-15",
                        "2025-10-15", "ON_OR_BEFORE"),
                Arguments.of("From Friday to Sunday, the fair drew 20,000 people.", WED, "Sunday", "2025-10-12",
                        "2025-10-12", ""),
                Arguments.of("The festival runs through Sunday.", WED, "Sunday", "2025-10-19", "2025-10-19",
                        "ON_OR_BEFORE"),
                // ... and so does a part or an hour of a weekday, after a time of a day
                Arguments.of("Crews will lift lane restrictions from noon Wednesday until 6 a.m. Monday.",
                        "2006-11-20T12:00:00Z", "6 a.m. Monday", "2006-11-27T06:00", "2006-11-27", "ON_OR_BEFORE"),
                Arguments.of("Heavy rain arrives late Sunday and continues through Tuesday morning, forecasters said.",
                        "2021-10-30T12:00:00Z", "Tuesday morning", "2021-11-02TMO", "2021-11-02", "ON_OR_BEFORE"),
                // a count after a month, quarter or year named before: from its middle, told to its granularity
                Arguments.of("Officials said the bridge closed in March. It reopened six weeks later.", WED,
                        "six weeks later", "2025-04", "2025-04-01..2025-04-30", ""),
                Arguments.of("Sales slumped in the third quarter. Two months later, the plant closed.", WED,
                        "Two months later", "2025-Q4", "2025-10-01..2025-12-31", ""),
                // the present of a timetable looks ahead
                Arguments.of("The law, which passed in 2023, takes effect in July.", WED, "July", "2026-07",
                        "2026-07-01..2026-07-31", ""),
                Arguments.of("The new rules take effect July 1.", WED, "July 1", "2026-07-01", "2026-07-01", ""),
                Arguments.of("The fiscal year ended in September.", WED, "September", "2025-09", "2025-09-01..2025-09-30",
                        ""),
                Arguments.of("The couple will wed in June.", WED, "June", "2026-06", "2026-06-01..2026-06-30", ""),
                // but the month just ended is still reported on
                Arguments.of("Sales rose in August and economists expect a similar gain in September.", WED,
                        "September", "2025-09", "2025-09-01..2025-09-30", ""),
                // a week counted from a day lands on a day; a week named is the week
                Arguments.of("The first case was confirmed on Jan. 21. A week later there were five.", WED,
                        "A week later", "2025-01-28", "2025-01-28", ""),
                Arguments.of("He was arrested Oct. 6, 2024. The following week, he was freed.", WED,
                        "The following week", "2024-W41", "2024-10-07..2024-10-13", ""),
                // "that summer", "the next spring" after a year named in the text
                Arguments.of("In June 2020, protesters marched. That summer, the council cut the budget.", WED,
                        "That summer", "2020-SU", "2020-06-01..2020-08-31", ""),
                Arguments.of("In June 2020, protesters marched. The next spring, it ended.", WED,
                        "The next spring", "2021-SP", "2021-03-01..2021-05-31", ""),
                // a bound ("by Wednesday morning") is no day for a later clock time
                Arguments.of("A wildfire that erupted early Tuesday had burned 12,000 acres by Wednesday morning. "
                        + "The fire started around 2:15 a.m. near a rest stop.", WED, "around 2:15 a.m.",
                        "2025-10-14T02:15", "2025-10-14", "APPROX"),
                // a clock time with its zone spelled out is on the day named after it
                Arguments.of("Voting ends at 8 p.m. Eastern time on Nov. 4.", WED, "8 p.m.", "2025-11-04T20:00",
                        "2025-11-04", ""),
                // a midnight told in the past with no day named began the day of publication
                Arguments.of("Police said the shooting happened shortly after midnight.", WED, "midnight",
                        "2025-10-14T24:00", "2025-10-14", "AFTER"),
                Arguments.of("The curfew begins at midnight.", WED, "midnight", "2025-10-15T24:00",
                        "2025-10-15", ""),
                // "year-ago" compares with the latest quarter reported on, not one named in passing
                Arguments.of("Net rose in the third quarter. In the second quarter, costs fell. Sales topped "
                        + "the year-ago level.", WED, "the year-ago", "2024-Q3", "2024-07-01..2024-09-30", ""),
                Arguments.of("Net rose in the third quarter. In the second quarter, costs fell. Sales topped $2 million "
                        + "a year earlier.", WED, "a year earlier", "2024-Q3", "2024-07-01..2024-09-30", ""),
                // a count after "in" in the future tense is a date ahead; otherwise an amount
                Arguments.of("The case will go to trial in 10 days.", WED, "10 days", "2025-10-25", "2025-10-25", ""),
                Arguments.of("The bonds would be redeemed in five years.", WED, "five years", "2030",
                        "2030-01-01..2030-12-31", ""),
                Arguments.of("Sales doubled in two years.", WED, "two years", "P2Y", "", ""),
                Arguments.of("It will be the highest in two years.", WED, "two years", "P2Y", "", ""),
                // a superlative noun phrase before "in" measures a stretch; a verb after the noun makes a clause
                Arguments.of("Her first album in six years will be released in January.", WED, "six years", "P6Y", "", ""),
                Arguments.of("Opening day will be Nov. 16, the earliest start at Hawk Ridge in a decade.", WED,
                        "a decade", "P10Y", "", ""),
                Arguments.of("The first phase will open in two years.", WED, "two years", "2027", "", ""),
                // "tonight" quoted from the night the story told of, published the next day
                Arguments.of("The board heard the plan at its meeting Tuesday night. \"Nothing is decided tonight,\" she said.",
                        WED, "tonight", "2025-10-14TNI", "", ""),
                Arguments.of("The board met Tuesday. \"Nothing is decided tonight,\" she said.", WED, "tonight",
                        "2025-10-15TNI", "", ""),
                // the weekday written with a date picks the year of the period just named, if right for it
                Arguments.of("A century ago this month, the river rose. On Friday, April 3, the levee broke.",
                        "2025-04-13T12:00:00Z", "Friday, April 3", "1925-04-03", "", ""),
                // told in the past, "the previous month" counts back from a month that has ended
                Arguments.of("Employers added 150,000 jobs last month. Workers should return in November's figures."
                        + " Earnings rose 0.2 percent from the previous month.", "2023-11-03T12:00:00Z",
                        "the previous month", "2023-09", "", ""),
                // "a year ago" in a comparison after a month named is that month a year back
                Arguments.of("Home prices rose in July, up 6.7 percent compared with a year ago.", WED, "a year ago",
                        "2024-07", "", ""),
                // a weekday with no tense cue is the one of the weekend just named
                Arguments.of("She will make one more swing through Iowa this weekend, holding three rallies Saturday and a"
                        + " town-hall meeting in Cedar Rapids Sunday afternoon.", "2007-12-28T12:00:00Z",
                        "Sunday afternoon", "2007-12-30TAF", "", ""),
                // the quarter a report told in the past tells of has ended, whatever day was named before
                Arguments.of("Candidates had to file by Oct. 15. Gerrity reported raising $1.3 million during the quarter.",
                        "2025-10-16T12:00:00Z", "the quarter", "2025-Q3", "", ""),
                // "the previous month" passes over the start of a state ("since November 2012")
                Arguments.of("Prices rose in July. It was the smallest gain since November 2012. Prices rose from the"
                        + " previous month.", WED, "the previous month", "2025-06", "", ""),
                // "a charge against earnings for the third quarter" compares nothing: "the quarter" is that one
                Arguments.of("It disclosed the delay Thursday as it reported a charge against earnings for the third"
                        + " quarter. It posted a net loss for the quarter.", WED, "the quarter", "2025-Q3", "", ""),
                // the start of hours takes the half of the day and the day of their end
                Arguments.of("The society will hold an open house from 1 to 4 p.m. next Saturday.", WED, "1",
                        "2025-10-18T13:00", "", ""),
                Arguments.of("Calling hours are 2-4 p.m. Sunday.", WED, "2", "2025-10-19T14:00", "", ""),
                // a day of the year after a date of another year in the sentence is the one nearest it
                Arguments.of("The broadcast came on Dec. 23, 1982, when he told viewers to expect snow by Christmas Eve.",
                        "2007-01-01T12:00:00Z", "Christmas Eve", "1982-12-24", "", "ON_OR_BEFORE"),
                Arguments.of("He was hired on Dec. 3, 1990, and started on Jan. 7.", WED, "Jan. 7", "1991-01-07", "", ""),
                // school terms: spring January to May, fall August to December; June and July lie between
                Arguments.of("He was suspended last semester.", "2024-02-05T12:00:00Z", "last semester", "2023-FA", "", ""),
                Arguments.of("He was suspended last semester.", "2024-06-20T12:00:00Z", "last semester", "2024-SP", "", ""),
                Arguments.of("The course opens next semester.", "2024-06-20T12:00:00Z", "next semester", "2024-FA", "", ""),
                Arguments.of("The course opens next semester.", "2024-10-20T12:00:00Z", "next semester", "2025-SP", "", ""),
                Arguments.of("Taxes will be minimal in a quarter that produced a loss.", WED, "a quarter", "P1Q", "", ""),
                // a weekday counted from a named day; weekdays counted back from publication
                Arguments.of("Classes will start the Tuesday after Labor Day.", "2025-10-15T12:00:00Z",
                        "the Tuesday after Labor Day", "2026-09-08", "2026-09-08", ""),
                Arguments.of("The plant closed the Friday before Christmas.", "2026-01-10T12:00:00Z",
                        "the Friday before Christmas", "2025-12-19", "2025-12-19", ""),
                Arguments.of("A hearing was held two Fridays ago.", "2025-10-17T12:00:00Z", "two Fridays ago",
                        "2025-10-03", "2025-10-03", ""),
                // a month-day a quarter ahead told in the past tense is last year's
                Arguments.of("In the fiscal year ended Jan. 31, sales rose.", "2025-10-31T12:00:00Z", "Jan. 31",
                        "2025-01-31", "2025-01-31", ""),
                Arguments.of("Directors declared a dividend payable Dec. 7.", "2025-10-27T12:00:00Z", "Dec. 7",
                        "2025-12-07", "2025-12-07", ""),
                Arguments.of("The board created an office of the chairman, effective Feb. 1.",
                        "2025-10-26T12:00:00Z", "Feb. 1", "2026-02-01", "2026-02-01", ""),
                // the month just ended is "last month": "last February" said in March is a year earlier
                Arguments.of("Two helicopters crashed last February.", "2026-03-01T12:00:00Z", "last February",
                        "2025-02", "2025-02-01..2025-02-28", ""),
                Arguments.of("The plant closed last December.", "2026-01-10T12:00:00Z", "last December",
                        "2025-12", "2025-12-01..2025-12-31", ""),
                Arguments.of("The plant closed last May.", "2026-03-01T12:00:00Z", "last May", "2025-05",
                        "2025-05-01..2025-05-31", ""),
                Arguments.of("Talks resume next April.", "2026-03-01T12:00:00Z", "next April", "2027-04",
                        "2027-04-01..2027-04-30", ""),
                Arguments.of("Profit fell in the third quarter.", WED, "the third quarter", "2025-Q3",
                        "2025-07-01..2025-09-30", ""),
                Arguments.of("Growth slowed in the first half of 2024.", WED, "the first half of 2024", "2024-H1",
                        "2024-01-01..2024-06-30", ""),
                Arguments.of("Crime fell in the 1990s.", WED, "the 1990s", "199", "1990-01-01..1999-12-31", ""),
                Arguments.of("Laws of the 20th century.", WED, "the 20th century", "19", "1900-01-01..1999-12-31", ""),
                // modifiers
                Arguments.of("Prices peaked in the mid-1990s.", WED, "the mid-1990s", "199", "", "MID"),
                Arguments.of("Prices peaked in mid-1990s markets.", WED, "mid-1990s", "199", "", "MID"),
                Arguments.of("The plant closes in late 2026.", WED, "late 2026", "2026", "", "END"),
                Arguments.of("Earlier this month, agents raided it.", "2025-10-16T08:00:00-05:00",
                        "Earlier this month", "2025-10", "2025-10-01..2025-10-16", ""),
                Arguments.of("He has lived here since January 2023.", "2025-10-16T08:00:00-05:00", "January 2023",
                        "2023-01", "2023-01-01..2025-10-16", "ON_OR_AFTER"),
                Arguments.of("By October 3, bounties were posted.", WED, "October 3", "2025-10-03", "2025-10-03",
                        "ON_OR_BEFORE"),
                Arguments.of("The strike lasted more than two weeks.", WED, "more than two weeks", "P2W", "",
                        "MORE_THAN"),
                Arguments.of("He waited about three hours.", WED, "about three hours", "PT3H", "", "APPROX"),
                Arguments.of("The case ran until the end of 2024.", WED, "the end of 2024", "2024", "", "END"),
                // durations, sets, vague references
                Arguments.of("Attacks rose over the past three years.", WED, "the past three years", "P3Y",
                        "2022-10-16..2025-10-15", ""),
                Arguments.of("Prices will rise over the next six months.", WED, "the next six months", "P6M",
                        "2025-10-15..2026-04-14", ""),
                Arguments.of("The program runs several years.", WED, "several years", "PXY", "", ""),
                Arguments.of("The group meets every Tuesday.", WED, "every Tuesday", "XXXX-WXX-2", "", ""),
                Arguments.of("The paper comes out monthly.", WED, "monthly", "P1M", "", ""),
                Arguments.of("The agency recently issued a warning.", WED, "recently", "PAST_REF", "", ""),
                Arguments.of("The cartel is now active.", WED, "now", "PRESENT_REF", "", ""),
                // anaphora
                Arguments.of("He was arrested on October 6 and charged the next day.", WED, "the next day",
                        "2025-10-07", "2025-10-07", ""),
                Arguments.of("He was arrested on October 6. Two days later he was charged.", WED, "Two days later",
                        "2025-10-08", "2025-10-08", ""),
                Arguments.of("He was arrested on October 6. The day before, agents searched his house.", WED,
                        "The day before", "2025-10-05", "2025-10-05", ""),
                Arguments.of("He was arrested on October 6. That week the bounties were traced.", WED, "That week",
                        "2025-W41", "2025-10-06..2025-10-12", ""),
                Arguments.of("Agents were shot at on October 4; a car was hit the same weekend.", WED,
                        "the same weekend", "2025-W40-WE", "2025-10-04..2025-10-05", ""),
                Arguments.of("The firm sold the unit in 2019. Three years later it closed.", WED, "Three years later",
                        "2022", "2022-01-01..2022-12-31", ""),
                // deictic days
                Arguments.of("The agency said yesterday it would respond.", WED, "yesterday", "2025-10-14",
                        "2025-10-14", ""),
                Arguments.of("The vote is tomorrow.", WED, "tomorrow", "2025-10-16", "2025-10-16", ""),
                // a week that has begun is this one, though its day is ahead (Easter 2000 was April 23)
                Arguments.of("Protesters prayed as Easter week began.", "2000-04-17T09:00:00Z", "Easter week",
                        "2000-W16", "2000-04-17..2000-04-23", ""),
                // the tense places the day counted to, not the day counted from
                Arguments.of("Three weeks before Election Day, the ads began.", WED, "Three weeks before Election Day",
                        "2025-10-14", "2025-10-14", ""),
                // "the weekend" goes with the day named before, unless the tense points the other way
                Arguments.of("The mayor speaks this Friday. Protesters gathered over the weekend.",
                        "2025-10-17T09:00:00Z", "the weekend", "2025-W41-WE", "2025-10-11..2025-10-12", ""),
                Arguments.of("He was released Friday, Oct. 10, and left the city over the weekend.",
                        "2025-10-17T09:00:00Z", "the weekend", "2025-W41-WE", "2025-10-11..2025-10-12", ""),
                // a holiday on a fixed day is this year's, or the one before or after as the tense says
                Arguments.of("New Year's Day was quiet.", WED, "New Year's Day", "2025-01-01", "2025-01-01", ""),
                Arguments.of("Christmas was bleak.", WED, "Christmas", "2024-12-25", "2024-12-25", ""),
                Arguments.of("Stores will close on Christmas.", WED, "Christmas", "2025-12-25", "2025-12-25", ""),
                // a feast of a lunar calendar: the one kept last or next, as the tense says; one being
                // kept is the one the future means; one kept several days is a range
                Arguments.of("Prices rose during Ramadan.", WED, "Ramadan", "2025-03-01/2025-03-29",
                        "2025-03-01..2025-03-29", ""),
                Arguments.of("Prices will rise during Ramadan.", WED, "Ramadan", "2026-02-18/2026-03-19",
                        "2026-02-18..2026-03-19", ""),
                Arguments.of("Shops will stay open late during Ramadan.", "2026-03-05T12:00:00Z", "Ramadan",
                        "2026-02-18/2026-03-19", "2026-02-18..2026-03-19", ""),
                Arguments.of("Families gathered for Eid al-Fitr.", "2026-01-10T12:00:00Z", "Eid al-Fitr",
                        "2025-03-30", "2025-03-30", ""),
                Arguments.of("The ceasefire was agreed before Passover.", WED, "Passover", "2025-04-13/2025-04-20",
                        "2025-04-13..2025-04-20", "BEFORE"),
                Arguments.of("Traders expect thin markets around Lunar New Year.", WED, "Lunar New Year", "2026-02-17",
                        "2026-02-17", ""),
                // a year named from a month is a year; a year counted from it is the same month a year on
                Arguments.of("Kim took office in May 2022. The year before, she had run for mayor.", WED,
                        "The year before", "2021", "2021-01-01..2021-12-31", ""),
                Arguments.of("In March 2024 the plant closed; a year later it reopened.", WED, "a year later",
                        "2025-03", "2025-03-01..2025-03-31", ""),
                // "the month", "the year" in the future or present tense are this one; in the past, the one
                // the text last named may be meant
                Arguments.of("Buses run through Dec. 31. The shuttle ends at the end of the month.", WED,
                        "the end of the month", "2025-10", "2025-10-22..2025-10-31", "END"),
                Arguments.of("The first case was confirmed on Jan. 21. By the end of the month, there were 30.", WED,
                        "the end of the month", "2025-01", "2025-01-22..2025-01-31", "END"),
                // a clock time ahead is not on a day gone by that the text named before
                Arguments.of("The Oct. 6 arrest drew protests. Polls close at 8 p.m. ET.", WED, "8 p.m. ET",
                        "2025-10-15T20:00", "2025-10-15", ""),
                // "overnight" in the past led into the day named; ahead, it is that day's night
                Arguments.of("Police said Tuesday that the suspect was shot overnight.", WED, "overnight",
                        "2025-10-13TNI", "2025-10-13", ""),
                Arguments.of("Rebels shelled the town overnight. The patient stayed overnight.", WED, "overnight",
                        "2025-10-14TNI", "2025-10-14", ""),
                Arguments.of("Winds will shift to the north overnight.", WED, "overnight", "2025-10-15TNI",
                        "2025-10-15", ""),
                // a count "as of" a clock time stands on the day of publication
                Arguments.of("The storm hit late Saturday. About 1,200 homes remained dark as of 10 a.m.", WED,
                        "10 a.m.", "2025-10-15T10:00", "2025-10-15", ""),
                // a count from a happening is told from the day of the sentence that named it
                Arguments.of("The council voted on Aug. 20. On Aug. 21, the mayor left town. Two days after the vote, "
                        + "he resigned.", WED, "Two days after the vote", "2025-08-22", "2025-08-22", ""),
                Arguments.of("The council voted on Aug. 20, and two days after the vote the mayor resigned.", WED,
                        "two days after the vote", "2025-08-22", "2025-08-22", ""),
                Arguments.of("Two years after the fire, the town is still rebuilding.", WED, "Two years after the fire",
                        "P2Y", "", ""),
                // counted from a feast of several days: after it from its last day, before it from its first
                Arguments.of("Talks resumed the day after Passover.", WED, "the day after Passover", "2025-04-21",
                        "2025-04-21", ""),
                Arguments.of("Talks resumed two days before Passover.", WED, "two days before Passover", "2025-04-11",
                        "2025-04-11", ""),
                Arguments.of("Talks resumed the Sunday after Ramadan.", WED, "the Sunday after Ramadan", "2025-03-30",
                        "2025-03-30", ""),
                Arguments.of("Lunar New Year fell early that year.", "2025-03-01T12:00:00Z", "Lunar New Year",
                        "2025-01-29", "2025-01-29", ""),
                // a clock time given again in another zone does not part the first from its day
                Arguments.of("The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", WED, "about 10:35 a.m.",
                        "2025-10-10T10:35", "2025-10-10", "APPROX"),
                // "the year" of a report is the year reported on, not the one it compares with
                Arguments.of("For fiscal 1993, Tallis earned $9.4 million, down from $21.7 million in fiscal 1992. "
                        + "Sales for the year were flat.", "1993-10-27T12:00:00Z", "the year", "1993",
                        "1993-01-01..1993-12-31", ""),
                // dawn before "on the 14th" is the 14th's; a clock time after a past perfect's day is the story's
                Arguments.of("The fire began on June 12. At dawn on the 14th, the wind turned.", WED, "dawn",
                        "2025-06-14TMO", "2025-06-14", ""),
                Arguments.of("The fire began on June 12. At dawn on the 14th, the wind turned. Forecasters had "
                        + "warned of it the day before. By 7 a.m., the town was empty.", WED, "7 a.m.",
                        "2025-06-14T07:00", "2025-06-14", "ON_OR_BEFORE"),
                // a fiscal quarter keeps its name and falls where the report's fiscal year puts it
                Arguments.of("Net income for the fiscal second quarter rose 31%, to $6.4 million, from $4.9 million "
                        + "a year earlier. For the first half of the fiscal year ending June 30, net rose 27%.",
                        "1989-01-24T12:00:00Z", "the fiscal second quarter", "1989-Q2", "1988-10-01..1988-12-31", ""),
                Arguments.of("Net income for the fiscal second quarter rose 31%, to $6.4 million, from $4.9 million "
                        + "a year earlier. For the first half of the fiscal year ending June 30, net rose 27%.",
                        "1989-01-24T12:00:00Z", "a year earlier", "1988-Q2", "1987-10-01..1987-12-31", ""),
                Arguments.of("Revenue for the second quarter of fiscal 2026, which ended December 31, 2025, rose 18%.",
                        "2026-01-29T12:00:00Z", "the second quarter of fiscal 2026", "2026-Q2",
                        "2025-10-01..2025-12-31", ""),
                // the month just ended is reported on, also across a year's end; a futures month is ahead
                Arguments.of("The Labor Department releases its December jobs report next Friday.", "1998-01-02T12:00:00Z",
                        "December", "1997-12", "1997-12-01..1997-12-31", ""),
                Arguments.of("Crude oil for February delivery fell 31 cents.", "1998-01-02T12:00:00Z", "February",
                        "1998-02", "1998-02-01..1998-02-28", ""),
                // hours next to a set of days hold on every such day, not on one
                Arguments.of("Hours are 10 a.m. to 4 p.m. weekdays.", WED, "10 a.m.", "XXXX-XX-XXT10:00", "", ""),
                Arguments.of("The shop is open daily from 9 a.m. to 5 p.m.", WED, "5 p.m.", "XXXX-XX-XXT17:00", "", ""),
                Arguments.of("It stays open until 9 p.m. on Thursdays, when admission is free after 5 p.m.", WED,
                        "5 p.m.", "XXXX-XX-XXT17:00", "", "AFTER"),
                Arguments.of("The plant ran daily, and on Monday, when the alarm sounded at 7:40 p.m., it stopped.", WED,
                        "7:40 p.m.", "2025-10-13T19:40", "2025-10-13", ""),
                Arguments.of("The bus, which runs daily, crashed at 7:40 a.m.", WED, "7:40 a.m.", "2025-10-15T07:40",
                        "2025-10-15", ""),
                // after a day the text named, the day of the month nearest it, the story moving on
                Arguments.of("The fire began on June 12. At dawn on the 14th, the wind turned.", WED, "the 14th",
                        "2025-06-14", "2025-06-14", ""),
                // a day of the month alone: the month the tense points to, one that has the day
                Arguments.of("The storm struck on the 30th.", WED, "the 30th", "2025-09-30", "2025-09-30", ""),
                Arguments.of("The storm struck on the 31st.", WED, "the 31st", "2025-08-31", "2025-08-31", ""),
                Arguments.of("The vote will be held on the 31st.", WED, "the 31st", "2025-10-31", "2025-10-31", ""),
                // "Friday, a day after ...": the count dates the happening it introduces
                Arguments.of("The bill was signed Friday, a day after the Senate passed it.", WED, "a day",
                        "2025-10-09", "2025-10-09", ""),
                Arguments.of("He was freed Sunday, three days before his trial began.", WED, "three days before his trial",
                        "2025-10-15", "2025-10-15", ""),
                Arguments.of("The suspect was captured Tuesday, three days after the shooting.", WED,
                        "three days after the shooting", "2025-10-11", "2025-10-11", ""),
                Arguments.of("The strike, which began Friday, lasted a day.", WED, "a day", "P1D", "", ""),
                Arguments.of("Two days after the Oct. 6 arrest, agents returned.", WED, "Two days", "2025-10-08",
                        "2025-10-08", ""),
                Arguments.of("Stocks rose eight trading days after the Oct. 6 low.", WED, "eight trading days", "P8D",
                        "", ""),
                // a clock time before "on" a day is on that day
                Arguments.of("The fire broke out at 3:15 a.m. local time on Sunday.", WED, "3:15 a.m.",
                        "2025-10-12T03:15", "2025-10-12", ""),
                Arguments.of("The blast came at 10:35 a.m. (0735 GMT) Friday.", WED, "10:35 a.m.",
                        "2025-10-10T10:35", "2025-10-10", ""),
                Arguments.of("The crash happened at 11:45 p.m. on Oct. 3.", WED, "11:45 p.m.", "2025-10-03T23:45",
                        "2025-10-03", ""),
                // the start of a span of hours is on the day of its end; the numbers of the times do not
                // keep the verb from the day
                Arguments.of("The fair runs from 10 a.m. to 7 p.m. Saturday.", WED, "10 a.m.", "2025-10-18T10:00",
                        "2025-10-18", ""),
                Arguments.of("The fair runs from 10 a.m. to 7 p.m. Saturday and 10 a.m. to 5 p.m. Sunday.", WED,
                        "5 p.m. Sunday", "2025-10-19T17:00", "2025-10-19", ""),
                // the new year is the year of the nearest New Year's Day, whatever the tense
                Arguments.of("I have decided that is enough to take into the new year.", "2021-12-31T12:00:00Z",
                        "the new year", "2022", "2022-01-01..2022-12-31", ""),
                Arguments.of("Wall Street opened the new year on a quiet note.", "1998-01-02T12:00:00Z",
                        "the new year", "1998", "1998-01-01..1998-12-31", ""),
                // one amount in two units
                Arguments.of("The flight lasted two hours and 15 minutes.", WED, "two hours and 15 minutes",
                        "PT2H15M", "", ""),
                Arguments.of("The trial lasted two weeks and three days.", WED, "two weeks and three days", "P17D",
                        "", ""),
                // "the past week" is the seven days up to publication; "the last week" the calendar week before
                Arguments.of("Prices rose 5% over the past week.", WED, "the past week", "P1W",
                        "2025-10-09..2025-10-15", ""),
                Arguments.of("Prices rose 5% over the last week.", WED, "the last week", "2025-W41",
                        "2025-10-06..2025-10-12", ""),
                Arguments.of("The lake freezes every winter.", WED, "every winter", "XXXX-WI", "", ""),
                // a weekday with no cue is the same weekday the text named before, within a week (the
                // last "Saturday" is the one tested)
                Arguments.of("The fair returns Saturday. Expect sunshine and highs in the 80s Saturday.", WED,
                        "Saturday", "2025-10-18", "2025-10-18", ""),
                // another clause after "so" does not date the expression
                Arguments.of("The district will post new routes by the end of April so families have time to plan.",
                        "2026-02-10T12:00:00Z", "the end of April", "2026-04", "", "END"),
                // a year that opens the sentence dates the month and day after it
                Arguments.of("\"Last year, we got 8 inches on April 15.\"", "2025-03-31T12:00:00Z", "April 15",
                        "2024-04-15", "2024-04-15", ""),
                Arguments.of("He moved to the city in 2015 and entered the race in January.", "2023-03-31T12:00:00Z",
                        "January", "2023-01", "", ""),
                // months and days joined to one with its year share it
                Arguments.of("The council met in October and November 2019.", "2020-10-31T12:00:00Z", "October",
                        "2019-10", "2019-10-01..2019-10-31", ""),
                Arguments.of("It rained on Sept. 4, Oct. 3 and Nov. 5, 2014.", "2020-10-31T12:00:00Z", "Sept. 4",
                        "2014-09-04", "2014-09-04", ""),
                Arguments.of("Snow fell between December and January 2020.", "2020-10-31T12:00:00Z", "December",
                        "2019-12", "2019-12-01..2019-12-31", ""),
                Arguments.of("He will serve from March to May 2027.", "2020-10-31T12:00:00Z", "March",
                        "2027-03", "2027-03-01..2027-03-31", ""),
                // "overnight" after the end of a day or a time from 5 p.m. is that day's night
                Arguments.of("The hurricane roared ashore late Tuesday. The storm weakened overnight.",
                        "2004-09-01T12:00:00Z", "overnight", "2004-08-31TNI", "2004-08-31", ""),
                Arguments.of("Most customers were back online by 5:50 p.m. Wednesday, but engineers worked overnight.",
                        "2021-06-10T12:00:00Z", "overnight", "2021-06-09TNI", "2021-06-09", ""),
                // what a past perfect says was done "by" a time is told at that time, not before it
                Arguments.of("Aftershocks had rattled the area by early Monday, the largest at 1:12 a.m.",
                        "2008-04-28T12:00:00Z", "1:12 a.m.", "2008-04-28T01:12", "", ""),
                // years before the era count as years: 70 years before 250 B.C. is 320 B.C.
                Arguments.of("The ship sank around 250 B.C. About 70 years earlier, the port was built.",
                        "2012-06-24T12:00:00Z", "About 70 years earlier", "BC0320", "", "APPROX"),
                // "the fiscal year that ended Dec. 31, 2021" is the one that day ends
                Arguments.of("In the fiscal year that ended Dec. 31, 2021, the county paid $2.3 million.",
                        "2023-05-09T12:00:00Z", "the fiscal year", "2021", "2021-01-01..2021-12-31", ""),
                // the small hours after an evening time are of the next day; "that night" after them began the day before
                Arguments.of("Officers stopped the car at 11:41 p.m. Aug. 2. Greer was pronounced dead at 12:20 a.m.",
                        "2020-08-29T12:00:00Z", "12:20 a.m.", "2020-08-03T00:20", "", ""),
                // "the night of" a date is one time, that night, and what follows counts from the night
                Arguments.of("The storm stalled on the night of June 12, 2000. By 3 a.m. the water was in the houses.",
                        "2010-06-17T12:00:00Z", "3 a.m.", "2000-06-13T03:00", "", "ON_OR_BEFORE"),
                Arguments.of("The storm stalled on the night of June 12, 2000.", "2010-06-17T12:00:00Z",
                        "the night of June 12, 2000", "2000-06-12TNI", "", ""),
                Arguments.of("The storm stalled on the night of 12 June 2000. By 3 a.m. the water was in the houses.",
                        "2010-06-17T12:00:00Z", "3 a.m.", "2000-06-13T03:00", "", "ON_OR_BEFORE"),
                // a comparison with the year before, told of the nine months up to the quarter reported,
                // is with that year; after a half, with the half a year back
                Arguments.of("Net rose 5% in the third quarter ended Sept. 30. For the nine months, losses totaled $212"
                        + " million, compared with net income of $48.7 million a year earlier.", "1989-11-01T12:00:00Z",
                        "a year earlier", "1988", "1988-01-01..1988-12-31", ""),
                Arguments.of("In the first nine months, net was $306 million, compared with a loss in the 1988 period.",
                        "1989-11-01T12:00:00Z", "the 1988 period", "1988", "1988-01-01..1988-12-31", ""),
                Arguments.of("For the first half of the fiscal year ending June 30, net rose 27% to $11.9 million from"
                        + " $9.4 million in the year-earlier period.", "1989-02-10T12:00:00Z",
                        "the year-earlier period", "1988-H1", "", ""),
                Arguments.of("Net rose 5% in the third quarter ended Sept. 30. Sales rose 8% from a year earlier.",
                        "1989-11-01T12:00:00Z", "a year earlier", "1988-Q3", "1988-07-01..1988-09-30", ""),
                // a bare clock time in a market report is not of the session the day was measured from
                Arguments.of("Stocks fell Friday. The index closed 1.2 percent lower, after slipping 0.4 percent in the"
                        + " previous session. The rand weakened to 14.12 per dollar by 5 p.m.", "2016-07-29T12:00:00Z",
                        "5 p.m.", "2016-07-29T17:00", "", "ON_OR_BEFORE"),
                // a past count is not told from a day ahead that a sentence naming the happening gives
                Arguments.of("Dr. Slepian was shot to death on Oct. 23, 1998. Prosecutors will hold a news conference"
                        + " Thursday on the murder investigation. A jogger saw the car 10 days before the murder.",
                        "1999-05-05T12:00:00Z", "10 days before the murder", "1998-10-13", "", ""),
                // "the previous month" passes over a month the report compares with
                Arguments.of("Home prices rose 6.7 percent in July, down from an 8.1 percent gain in June. Prices edged up"
                        + " 0.2 percent from the previous month.", "2014-09-30T12:00:00Z", "the previous month", "2014-06",
                        "", ""),
                // a story that has moved on to a later month no longer counts from a day before it
                Arguments.of("The Germans attacked on Dec. 16, 1944. He had come ashore after D-Day, June 6, 1944. By"
                        + " December his company was dug in on a ridge. The next morning, it was ordered to fall back.",
                        "2019-12-16T12:00:00Z", "The next morning", "1944-12-17TMO", "", ""),
                // an amount of things "in" a count is how much a stretch holds, not a date ahead
                Arguments.of("The van can test about 40 people in a day.", "2021-03-12T12:00:00Z", "a day", "P1D", "", ""),
                Arguments.of("The case will go to trial in two weeks.", "2021-03-12T12:00:00Z", "two weeks", "2021-W12",
                        "", ""),
                // an hour "at" which something happens every day is of every day
                Arguments.of("Buses leave every day at 7 a.m. from the depot.", "2020-01-01T12:00:00Z", "7 a.m.",
                        "XXXX-XX-XXT07:00", "", ""),
                // hours after two days joined are those of each day; told in the past, of one of them
                Arguments.of("The art crawl runs today and Sunday, with studios open from 10 a.m. to 5 p.m.",
                        "2025-09-27T12:00:00Z", "5 p.m.", "XXXX-XX-XXT17:00", "", ""),
                Arguments.of("Officers searched the woods Friday and Saturday, and found him at 3 a.m.",
                        "2025-09-27T12:00:00Z", "3 a.m.", "2025-09-27T03:00", "", ""),
                // a year-end told in the past after a year gone by is that year's end; ahead, this year's
                Arguments.of("Half of the aides on the payroll in January 2022 had left by year's end.",
                        "2023-03-31T12:00:00Z", "year's end", "2022", "2022-09-02..2022-12-31", "END"),
                Arguments.of("Sales fell in January 2022. The deal should close by year-end.",
                        "2023-03-31T12:00:00Z", "year-end", "2023", "", "END"),
                // a count "for" so long before a happening is a length, whenever the happening was
                Arguments.of("The blast came at 4:50 a.m. on March 3. The plant had run its boilers hot for about two"
                        + " years before the explosion.", "1995-12-01T12:00:00Z",
                        "about two years before the explosion", "P2Y", "", "APPROX"),
                // "one day" after a modal is some day ahead; after a verb of lasting, a day long
                Arguments.of("The strike lasted one day.", "2010-06-17T12:00:00Z", "one day", "P1D", "", ""),
                // "this summer" told in the past is no summer six months gone ("set" is a participle here)
                Arguments.of("She said she would begin shooting her next film, set aboard a fishing boat in Alaska, this"
                        + " summer.", "2016-03-07T12:00:00Z", "this summer", "2016-SU", "", ""),
                Arguments.of("This winter brought 91 inches of snow.", "2016-03-07T12:00:00Z", "This winter", "2015-WI",
                        "", ""),
                // "that year" after a day derived from a date named is that day's year, not the last year named
                Arguments.of("So on July 20, 1969, the town watched the landing. Halvorsen, who had opened the store in"
                        + " 1958, set up nine sets. \"He didn't sell a TV that day,\" said his daughter, who was 12 that"
                        + " year.", "2019-07-20T12:00:00Z", "that year", "1969", "", ""),
                // "the month" told in the past in a report is the month reported on, not the last one named;
                // "that month" is the last one named
                Arguments.of("Employers added 150,000 jobs in October. The rate has risen from a low reached in April."
                        + " A strike reduced payrolls by about 33,000 in the month.", "2023-11-03T12:00:00Z",
                        "the month", "2023-10", "", ""),
                Arguments.of("Employers added 150,000 jobs in October. The rate hit a low in April. A strike began that"
                        + " month.", "2023-11-03T12:00:00Z", "that month", "2023-04", "", ""),
                // the day a period ends is no day of the story for a bare clock time
                Arguments.of("Kaross said production fell 14 percent in the quarter ended June 30. The rand weakened 0.8"
                        + " percent by 5 p.m. in Johannesburg.", "2016-07-29T20:00:00Z", "5 p.m.", "2016-07-29T17:00",
                        "", "ON_OR_BEFORE"),
                // "the 10 days before Christmas" is a stretch, "10 days before Christmas" a day
                Arguments.of("Analysts expect a crunch in the 10 days before Christmas.", "2020-11-30T12:00:00Z",
                        "the 10 days", "P10D", "", ""),
                Arguments.of("The parcels must leave 10 days before Christmas.", "2020-11-30T12:00:00Z",
                        "10 days before Christmas", "2020-12-15", "", ""),
                // a bare weekday after a day the sentence named on that weekday is that day, but not a saying's
                Arguments.of("On June 12, 1997, Brody threw a perfect game on a humid Thursday night. Only 3,114 fans"
                        + " were in the stands that night.", "2017-06-16T12:00:00Z", "that night", "1997-06-12TNI", "", ""),
                Arguments.of("The committee expects to introduce the bill by March 20, its chairwoman said Friday.",
                        "2026-03-08T12:00:00Z", "Friday", "2026-03-06", "", ""),
                Arguments.of("The shares were offered from Sept. 14 to Thursday.", "1989-10-27T12:00:00Z", "Thursday",
                        "1989-10-26", "", ""),
                // an amount per period is a set, but an amount a year before is a date
                Arguments.of("Homes spent 26 days on the market, against 17 days a year earlier.", "2023-11-10T12:00:00Z",
                        "a year earlier", "2022", "", ""),
                Arguments.of("Sales rose to $9 million from $2 million a year ago.", "2023-11-10T12:00:00Z",
                        "a year ago", "2022", "", ""),
                // a morning told after a night is the next day's
                Arguments.of("The quake struck at 10:40 p.m. Sunday. Doctors treated 34 people overnight. Power was back by noon.",
                        "2008-04-28T15:00:00Z", "noon", "2008-04-28T12:00", "2008-04-28", "ON_OR_BEFORE"),
                Arguments.of("Greer was pronounced dead at 12:20 a.m. Aug. 3. The officer told investigators that night that he feared a gun.",
                        "2020-08-29T12:00:00Z", "that night", "2020-08-02TNI", "", ""),
                // a season told in the past after a date named in full in an earlier year is the season it lies in
                Arguments.of("The truck struck her on Aug. 14, 2020. She was living with her parents for the summer.",
                        "2022-05-20T12:00:00Z", "the summer", "2020-SU", "2020-06-01..2020-08-31", ""),
                Arguments.of("The storm hit on Jan. 10, 2019. Roads stayed icy for the rest of the winter.",
                        "2022-05-20T12:00:00Z", "the winter", "2018-WI", "2018-12-01..2019-02-28", ""),
                // a narrative's running date may be one counted from publication ("last spring")
                Arguments.of("She organized plants in 1961, 1964, 1970, 1975 and 1980. She stopped going only last spring."
                        + " Her last public appearance came in October, at a rally.", "2023-01-02T12:00:00Z", "October",
                        "2022-10", "", ""),
                // "last" and "next" before a holiday pass over the day of publication
                Arguments.of("Last New Year's Eve, I called my mother.", "2021-12-31T12:00:00Z", "Last New Year's Eve",
                        "2020-12-31", "2020-12-31", ""),
                Arguments.of("We will meet again next Christmas.", "2025-12-25T12:00:00Z", "next Christmas",
                        "2026-12-25", "2026-12-25", ""),
                // "this winter" told in the past after it ended is the winter just gone
                Arguments.of("This winter brought 91 inches of snow.", "2025-03-31T12:00:00Z", "This winter", "2024-WI",
                        "2024-12-01..2025-02-28", ""),
                // a count with no number is a vague amount; its days still place what it dates
                Arguments.of("He left on Dec. 3. A few days later, she came.", "2022-01-05T12:00:00Z",
                        "A few days later", "PXD", "2021-12-04", ""),
                // a school year is named by the year it begins
                Arguments.of("Absences have doubled this school year.", "2022-02-09T12:00:00Z", "this school year",
                        "2021", "", ""),
                Arguments.of("Classes will start later next school year.", "2022-02-09T12:00:00Z", "next school year",
                        "2022", "", ""),
                // the fiscal year that begins July 1 is named by the year it ends in
                Arguments.of("Less than a month is left before the fiscal year that begins July 1.",
                        "2011-06-01T12:00:00Z", "the fiscal year", "2012", "2011-07-01..2012-06-30", "BEFORE"),
                // a period of "the year" named after next year, told in the past, is of the year of publication
                Arguments.of("The Fed signaled it would keep raising rates into next year. It left rates unchanged for "
                        + "most of the first half of the year.", "2005-11-02T12:00:00Z", "the first half of the year",
                        "2005-H1", "2005-01-01..2005-06-30", ""),
                Arguments.of("The Fed signaled it would keep raising rates into next year. Rates will rise in the "
                        + "first half of the year.", "2005-11-02T12:00:00Z", "the first half of the year",
                        "2006-H1", "2006-01-01..2006-06-30", ""),
                // a later half or quarter of the year the sentence named a part of with its year
                Arguments.of("Many expect stocks to struggle in the first half of next year, followed by a recovery "
                        + "in the second half.", "2022-12-31T12:00:00Z", "the second half", "2023-H2",
                        "2023-07-01..2023-12-31", ""),
                Arguments.of("Sales fell in the third quarter of 2024 and rose in the fourth quarter.",
                        "2025-06-01T12:00:00Z", "the fourth quarter", "2024-Q4", "2024-10-01..2024-12-31", ""),
                // a weekday a clause runs on to from a day named before it follows that day
                Arguments.of("People come up on Thanksgiving itself and stay through Sunday.", "2025-09-27T12:00:00Z",
                        "Sunday", "2025-11-30", "2025-11-30", "ON_OR_BEFORE"),
                // "the same night the council voted" is the night of the day the voting was dated
                Arguments.of("The council voted on Aug. 20. The committee took up the case June 9; organizers began "
                        + "collecting signatures the same night the full council voted.", "2026-10-06T12:00:00Z",
                        "the same night", "2026-08-20TNI", "2026-08-20", ""),
                // a weekday with no tense after a day ahead in the sentence follows it
                Arguments.of("Comets: At Detroit next Thursday, home against Milwaukee Saturday.", "2019-01-16T12:00:00Z",
                        "Saturday", "2019-01-19", "2019-01-19", ""),
                Arguments.of("Comets: At Detroit last Thursday, home against Milwaukee Saturday.", "2019-01-16T12:00:00Z",
                        "Saturday", "2019-01-12", "2019-01-12", ""),
                // an afternoon hour is in no night: it is on the day named before the night
                Arguments.of("Stocks fell sharply Thursday after a jump in bond yields overnight. In Tokyo, trading "
                        + "ended at 3 p.m.", "2004-05-13T12:00:00Z", "3 p.m.", "2004-05-13T15:00", "2004-05-13", ""),
                // a bare month right after a month of an earlier year, later in that year, goes on in it
                Arguments.of("Her lawyers first requested the video in September 2014. The city denied the request in "
                        + "October, and the family sued that December.", "2016-06-13T12:00:00Z", "October", "2014-10",
                        "2014-10-01..2014-10-31", ""),
                Arguments.of("Readers will recall what happened last spring. After a warm March coaxed many of us into "
                        + "planting early, a hard freeze wiped out the tomatoes.", "2011-03-05T12:00:00Z", "March",
                        "2010-03", "2010-03-01..2010-03-31", ""),
                Arguments.of("Her lawyers first requested the video in September 2014. The city will answer in October.",
                        "2016-06-13T12:00:00Z", "October", "2016-10", "2016-10-01..2016-10-31", ""),
                // "that weekend" is of the story, not of a past perfect's background
                Arguments.of("His pickup struck the boy about 7:50 p.m. Sept. 7. His license had been suspended the "
                        + "previous Friday. By that weekend, investigators had identified the truck.",
                        "1999-09-20T12:00:00Z", "that weekend", "1999-W36-WE", "1999-09-11..1999-09-12", "ON_OR_BEFORE"),
                // "that night" is the night the text told of, past days counted from it or told from
                // publication, but not past a day written out in the sentence before
                Arguments.of("She was last seen leaving an apartment about 11 p.m. Aug. 14, 1987. Her body was found "
                        + "two days later. Detectives interviewed men who had been drinking near the apartment that night.",
                        "2019-01-02T12:00:00Z", "that night", "1987-08-14TNI", "1987-08-14", ""),
                Arguments.of("She was struck at about 6:45 a.m. April 12. The city said Friday that 51 people had died. "
                        + "\"We have waited eight months to learn what happened that morning,\" her sister said.",
                        "2025-12-14T12:00:00Z", "that morning", "2025-04-12TMO", "2025-04-12", ""),
                Arguments.of("The leak began at about 11:30 p.m. Tuesday, June 8. The valve was not shut until 12:15 p.m. "
                        + "Thursday, June 10. That night, the town closed its river intake.", "1999-06-26T12:00:00Z",
                        "That night", "1999-06-10TNI", "1999-06-10", ""),
                // a bare clock time is not on the day of a saying; "overnight" after an evening time is that night
                Arguments.of("Gunmen attacked a post late Tuesday, officials said Wednesday. They struck at around "
                        + "11 p.m.", "2015-06-03T12:00:00Z", "around 11 p.m.", "2015-06-02T23:00", "2015-06-02", "APPROX"),
                Arguments.of("Gunmen attacked a post late Tuesday, the army said in a statement Wednesday. They struck "
                        + "at around 11 p.m.", "2015-06-03T12:00:00Z", "around 11 p.m.", "2015-06-02T23:00", "2015-06-02",
                        "APPROX"),
                Arguments.of("Gunmen struck a post late Tuesday at around 11 p.m. Troops reached the town overnight.",
                        "2015-06-03T12:00:00Z", "overnight", "2015-06-02TNI", "2015-06-02", ""),
                // a season told ahead is the next one, however far
                Arguments.of("If it happens in the summer, people are going to go under.", "2013-10-21T12:00:00Z",
                        "the summer", "2014-SU", "2014-06-01..2014-08-31", ""),
                // three months that make a quarter are the quarter
                Arguments.of("Output was flat in the April-June period.", WED, "April-June", "2025-Q2",
                        "2025-04-01..2025-06-30", ""),
                // a bare clock time told in the past is not on a day ahead the text named
                Arguments.of("The next meeting is Oct. 20. The rand weakened to 14.12 per dollar by 5 p.m.", WED,
                        "5 p.m.", "2025-10-15T17:00", "2025-10-15", "ON_OR_BEFORE"),
                // "the next day" passes over a day something was due by
                Arguments.of("His famous broadcast came on Dec. 23, 1982, when he told viewers to expect two feet by "
                        + "Christmas Eve. The blizzard that arrived the next day buried the city.", "2007-01-01T12:00:00Z",
                        "the next day", "1982-12-24", "1982-12-24", ""),
                // a long weekend counted from a Monday is the one that Monday ends
                Arguments.of("Lawmakers will return Tuesday, after the Memorial Day holiday. She planned to spend the "
                        + "holiday weekend calling voters.", "2009-05-22T12:00:00Z", "the holiday weekend", "2009-W21-WE",
                        "2009-05-23..2009-05-24", ""),
                Arguments.of("The council meets Monday. Crews will work through the weekend.", "2009-05-22T12:00:00Z",
                        "the weekend", "2009-W22-WE", "2009-05-30..2009-05-31", "ON_OR_BEFORE"),
                // "a year ago" told in the past is no year before a period ahead, but the year before publication
                Arguments.of("The chipmaker raised its forecast for the second half and said orders had doubled from a "
                        + "year ago.", "2023-05-20T12:00:00Z", "a year ago", "2022", "2022-01-01..2022-12-31", ""),
                Arguments.of("Prices rose in April, up 6.7 percent from a year ago.", "2023-05-20T12:00:00Z",
                        "a year ago", "2022-04", "2022-04-01..2022-04-30", ""),
                // the answers of an interview are told from the day it was held
                Arguments.of("This interview was conducted Monday and has been condensed. Q: How has demand changed? "
                        + "A: On Wednesday we ran out of eggs by 10 a.m.", "2024-04-17T12:00:00Z", "Wednesday",
                        "2024-04-10", "2024-04-10", ""),
                Arguments.of("The mayor spoke Monday. Q: How has demand changed? A: On Wednesday we ran out of eggs.",
                        "2024-04-17T12:00:00Z", "Wednesday", "2024-04-17", "2024-04-17", ""),
                // a month a stretch ahead begins in is not the one just ended, which a report may be on
                Arguments.of("Troops would receive a pay raise beginning in January.", "2026-02-10T12:00:00Z",
                        "January", "2027-01", "2027-01-01..2027-01-31", ""),
                Arguments.of("The department releases its jobs report for January on Friday.", "2026-02-10T12:00:00Z",
                        "January", "2026-01", "2026-01-01..2026-01-31", ""));
    }

    @ParameterizedTest(name = "{0} @ {1}: {2}")
    @MethodSource("rows")
    void resolves(String text, String published, String expr, String value, String range, String mod) {
        TemporalExpression e = expression(tag(text, published, TimeResolver.standard()), expr);
        assertThat(e.time()).as("resolved: " + e.problem()).isNotNull();
        assertThat(e.time().value()).isEqualTo(value);
        if (!range.isEmpty()) {
            String[] r = range.split("\\.\\.");
            assertThat(e.time().startDate()).hasToString(r[0]);
            assertThat(e.time().endDate()).hasToString(r.length == 2 ? r[1] : r[0]);
        }
        assertThat(e.time().modifier() == null ? "" : e.time().modifier().name()).isEqualTo(mod);
    }

    /** A time farther off than any front end can place is reported, not resolved, and does not stop the rest. */
    @Test
    void aTimeBeyondTheWritersReachIsAProblemNotADate() {
        List<TemporalExpression> found = tag("The rock formed 999,999,999 years ago. Ice covered it in 99,999 BC.",
                "2012-06-24T12:00:00Z", TimeResolver.standard());
        TemporalExpression far = expression(found, "999,999,999 years ago");
        assertThat(far.time()).isNull();
        assertThat(far.problem()).contains("270000 years from the era");
        assertThat(expression(found, "99,999 BC").time().value()).isEqualTo("BC99999");
    }

    /** A text that tells history runs on its own dates: months follow the story, a day it never names stays a month. */
    @Test
    void narrativeRunsOnItsOwnDates() {
        String text = "On March 3, 1991, officers beat Rodney King. The next day, a video aired. In April 1992, a jury "
                + "acquitted them. Riots broke out that evening. In June, the city began rebuilding. On Aug. 4, 1992, "
                + "a grand jury indicted the officers. In 1993, two were convicted. King died in 2012.";
        List<TemporalExpression> tagged = tag(text, WED, TimeResolver.standard());
        assertThat(expression(tagged, "The next day").time().value()).isEqualTo("1991-03-04");
        assertThat(expression(tagged, "that evening").time().value()).isEqualTo("1992-04");
        assertThat(expression(tagged, "June").time().value()).isEqualTo("1992-06");
        // told as news, the same month is the last June before publication
        assertThat(expression(tag("In June, the city began rebuilding.", WED, TimeResolver.standard()), "June")
                .time().value()).isEqualTo("2025-06");
        // a state that reaches publication starts from it, not from the story's running date
        List<TemporalExpression> exhibit = tag(text + " A museum has drawn 9,000 visitors since it opened in March.", WED,
                TimeResolver.standard());
        assertThat(expression(exhibit, "March").time().value()).isEqualTo("2025-03");
    }

    /** A narrative moves on with a month counted from a date it named. */
    @Test
    void aNarrativeRunsOnFromACountedMonth() {
        String text = "She vanished on Aug. 14, 1987. The case was reopened in 1994 and in 2009. The store closed in 2016."
                + " Her father died in 2019. In March 2024, deputies sent DNA to a laboratory. Eleven months later, it"
                + " named a family. Deputies arrested a man in October.";
        assertThat(expression(tag(text, "2026-03-10T12:00:00Z", TimeResolver.standard()), "October").time().value())
                .isEqualTo("2025-10");
    }

    /** "A century ago this month" counts, with the years a text names, toward telling history; "a century ago" does not. */
    @Test
    void aCountBackOfYearsTellsHistory() {
        String years = " In 1925 the river rose. In 1926 a levee was built. In 1937 it failed. In 1951 it was rebuilt."
                + " In May, the water rose again.";
        assertThat(expression(tag("A century ago this month, a flood hit the town." + years, WED,
                TimeResolver.standard()), "May").time().value()).isEqualTo("1951-05");
        assertThat(expression(tag("Residents remember the flood." + years, WED, TimeResolver.standard()), "May")
                .time().value()).isEqualTo("2025-05");
        // a plain count back is said in news too
        assertThat(expression(tag("A century ago, a flood hit the town." + years, WED, TimeResolver.standard()), "May")
                .time().value()).isEqualTo("2025-05");
    }

    @Test
    void sameWeekdayInThePastCanMeanAWeekBack() {
        TimeResolver weekBack = TimeResolver.standard(SameWeekday.WEEK_BEFORE_IN_PAST);
        assertThat(expression(tag("Officials spoke Wednesday.", WED, weekBack), "Wednesday").time().value())
                .isEqualTo("2025-10-08");
        assertThat(expression(tag("Officials are meeting Wednesday.", WED, weekBack), "Wednesday").time().value())
                .isEqualTo("2025-10-15");
    }

    @Test
    void anaphoraRecordsItsAnchor() {
        TemporalExpression e = expression(tag("He was arrested on October 6 and charged the next day.", WED,
                TimeResolver.standard()), "the next day");
        assertThat(e.time().resolution().anchor()).isEqualTo(Anchor.PREVIOUS_MENTION);
        assertThat(e.time().resolution().anchorValue()).isEqualTo("2025-10-06");
        TemporalExpression d = expression(tag("DHS warned Tuesday.", WED, TimeResolver.standard()), "Tuesday");
        assertThat(d.time().resolution().anchor()).isEqualTo(Anchor.PUBLICATION);
        assertThat(d.time().resolution().anchorValue()).isEqualTo("2025-10-15");
    }

    @Test
    void historyResolvesAgainstTheRunningDate() {
        String text = "In 1961 the wall went up. By 1971 it was longer. In 1976 a new wall was built. "
                + "In 1983 it was rebuilt. In 1989 it fell. In November crowds crossed it.";
        TemporalExpression e = expression(tag(text, WED, TimeResolver.standard()), "November");
        assertThat(e.time().value()).isEqualTo("1989-11");
        assertThat(e.time().resolution().anchor()).isEqualTo(Anchor.PREVIOUS_MENTION);
    }
}
