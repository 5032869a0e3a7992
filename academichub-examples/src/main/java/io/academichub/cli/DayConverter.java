package io.academichub.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads a day given on the command line: {@code today}, {@code yesterday} (in the machine's time zone) or an ISO date
 * ({@code 2026-11-20}). A value that is none of these is one clear line naming the value and what is accepted.
 */
final class DayConverter implements ITypeConverter<LocalDate> {

    /** What precedes the calendar's reason in DateTimeParseException's text ("Invalid date 'FEBRUARY 30'"). */
    private static final String CALENDAR_REASON = "could not be parsed: ";

    private final Clock clock;

    /** Picocli makes it with this constructor: today is the system clock's, in the default time zone. */
    DayConverter() {
        this(Clock.systemDefaultZone());
    }

    DayConverter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public LocalDate convert(String value) {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "today":
                return LocalDate.now(clock);
            case "yesterday":
                return LocalDate.now(clock).minusDays(1);
            default:
                try {
                    return LocalDate.parse(value.strip());
                } catch (DateTimeParseException e) {
                    // DateTimeParseException's own text names the parser's internals ("could not be parsed at
                    // index 5"); say what a person should type, keeping its reason when it is about the calendar.
                    String message = String.valueOf(e.getMessage());
                    int at = message.indexOf(CALENDAR_REASON);
                    String reason = at < 0 ? "" : " (" + message.substring(at + CALENDAR_REASON.length()) + ")";
                    throw new TypeConversionException("'" + value + "' is not a day" + reason
                            + "; expected YYYY-MM-DD, today or yesterday");
                }
        }
    }
}
