package org.chronoline.resolve;

/**
 * What a bare weekday that equals the publication weekday means when the clause is not in the
 * future tense ("the company said Friday" in an article of a Friday).
 */
public enum SameWeekday {
    /**
     * The publication day itself. The default: wire copy reports the day's news by weekday, and in
     * TimeBank every such weekday (132 of 132) is the document's own date.
     */
    SAME_DAY,
    /** The publication day only in the present tense; in the past tense, one week back. */
    WEEK_BEFORE_IN_PAST
}
