package org.chronoline.temporal;

/**
 * What a temporal expression's words specify, before resolution. (Interim: the temporal-engine work
 * replaces this with the full typed hierarchy.)
 */
public sealed interface TimeSpec permits TimeSpec.CalendarDate {

    /** A fully specified day: "2025-10-14". */
    record CalendarDate(int year, int month, int day) implements TimeSpec {
    }
}
