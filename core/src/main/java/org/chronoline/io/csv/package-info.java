/**
 * CSV for spreadsheets, one row per event mention: {@link org.chronoline.io.csv.CsvTimelineWriter}.
 */
package org.chronoline.io.csv;
