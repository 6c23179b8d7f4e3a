package org.chronoline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonOutputTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2025-10-14, 2025-10-14",
        "0079-08-24, 0079-08-24",
        // 250 B.C. is year -249: the expanded ISO 8601 form JavaScript's Date reads
        "-0249-01-01, -000249-01-01",
        "+12025-01-01, +012025-01-01"})
    void writesDatesThatJavaAndJavaScriptBothRead(String iso, String written) {
        LocalDate d = LocalDate.parse(iso);
        assertThat(JsonOutput.date(d)).isEqualTo(written);
        assertThat(LocalDate.parse(written)).isEqualTo(d);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2025-10-14T10:15, 2025-10-14T10:15:00", "-0249-03-15T12:00, -000249-03-15T12:00:00"})
    void writesDateTimesToTheSecond(String iso, String written) {
        assertThat(JsonOutput.dateTime(java.time.LocalDateTime.parse(iso), true)).isEqualTo(written);
    }
}
