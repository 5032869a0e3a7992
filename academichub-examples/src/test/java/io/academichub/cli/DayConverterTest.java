package io.academichub.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DayConverterTest {

    // 23:30 UTC on 1 March is already 2 March in Tokyo: "today" is the machine's day, not UTC's.
    private final DayConverter tokyo = new DayConverter(
            Clock.fixed(Instant.parse("2026-03-01T23:30:00Z"), ZoneId.of("Asia/Tokyo")));

    @Test
    void wordsAreDaysOfTheClocksZone() {
        assertThat(tokyo.convert("today")).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(tokyo.convert("Yesterday ")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(tokyo.convert("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void anythingElseSaysWhatIsAccepted() {
        assertThatThrownBy(() -> tokyo.convert("2026-13-01")).isInstanceOf(TypeConversionException.class)
                .hasMessage("'2026-13-01' is not a day (Invalid value for MonthOfYear (valid values 1 - 12): 13); "
                        + "expected YYYY-MM-DD, today or yesterday");
        assertThatThrownBy(() -> tokyo.convert("tomorrow")).isInstanceOf(TypeConversionException.class)
                .hasMessage("'tomorrow' is not a day; expected YYYY-MM-DD, today or yesterday");
    }
}
