package org.chronoline.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.chronoline.io.SampleTimelines;
import org.chronoline.io.Schemas;
import org.junit.jupiter.api.Test;

class CsvTimelineWriterTest {

    /** A small RFC 4180 reader, to check the output reads back field for field. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    @Test
    void oneRowPerMentionWithAHeaderAndRfc4180Quoting() {
        String csv = Schemas.write(CsvTimelineWriter.create(), SampleTimelines.handMade());
        List<List<String>> rows = parse(csv);
        assertThat(rows.get(0)).isEqualTo(CsvTimelineWriter.COLUMNS);
        assertThat(rows).hasSize(1 + 5 + 1);
        rows.forEach(r -> assertThat(r).hasSameSizeAs(CsvTimelineWriter.COLUMNS));
        List<String> week = rows.get(2);
        assertThat(week.subList(0, 6)).containsExactly("e2", "week of Oct 6, 2025", "2025-W41", "2025-10-06",
                "2025-10-12", "WEEK");
        assertThat(week.get(11)).isEqualTo("Daily \"Quote\" & Co");
        List<String> conflicted = rows.get(4);
        assertThat(conflicted.get(8)).isEqualTo("DHS warned of bounties " + SampleTimelines.NASTY);
        assertThat(conflicted.get(9)).isEqualTo("yes");
        assertThat(conflicted.get(12)).isEqualTo("2025-10-16T00:00:00+05:30");
        assertThat(rows.get(6).get(0)).as("undated mention").isEmpty();
        assertThat(rows.get(6).get(16)).isEqualTo("Two men were arrested.");
        assertThat(csv).startsWith("event,when,").contains("\"Daily \"\"Quote\"\" & Co\"").endsWith("\r\n");
    }

    @Test
    void byteOrderMarkOnlyWhenAskedFor() {
        assertThat(Schemas.write(CsvTimelineWriter.create().withByteOrderMark(true), SampleTimelines.handMade()))
                .startsWith("\uFEFFevent,");
    }

    @Test
    void generatedTimelineReadsBackAndIsDeterministic() {
        var t = SampleTimelines.generated(2_000, 3);
        String csv = Schemas.write(CsvTimelineWriter.create(), t);
        int mentions = t.events().stream().mapToInt(e -> e.mentions().size()).sum();
        assertThat(parse(csv)).hasSize(mentions + 1);
        assertThat(Schemas.write(CsvTimelineWriter.create(), t)).isEqualTo(csv);
    }
}
