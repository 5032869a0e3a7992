package io.academichub.sources.arxiv;

import io.academichub.model.AnnounceType;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.model.VersionedId;
import io.academichub.text.CleanText;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One arXivRaw or arXiv record's fields as {@link ArxivOaiParser} read them, raw; {@link #toPaper} cleans and checks
 * them and builds the {@link Paper}.
 */
final class ArxivOaiRecord {

    // arXiv writes version dates as RFC-822 ("Fri, 8 Feb 2013 21:00:01 GMT"); a wrong weekday must not lose the date.
    // STRICT: 31 Feb is an error, not silently 28 Feb.
    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.RFC_1123_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter RFC_822_NO_WEEKDAY =
            DateTimeFormatter.ofPattern("d MMM uuuu HH:mm:ss zzz", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    final boolean raw;
    String id;
    String title;
    List<Author> authors = List.of();
    String categories;
    String journalRef;
    String doi;
    String license;
    String abstractText;
    int version;
    String firstDate;
    String lastDate;
    String problem; // found while reading, reported when the record is turned into a paper

    ArxivOaiRecord(boolean raw) {
        this.raw = raw;
    }

    Paper toPaper(String headerIdentifier, Consumer<String> notes) {
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String idText = id != null && !id.isBlank() ? id : headerIdentifier;
        if (idText == null) {
            throw new IllegalArgumentException("no <id> and no header identifier");
        }
        VersionedId vid = PaperId.parseVersioned(idText);
        if (!vid.id().isArxiv()) {
            throw new IllegalArgumentException("not an arXiv id: '" + idText + "'");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("no title");
        }
        if (firstDate == null || firstDate.isBlank()) {
            throw new IllegalArgumentException(raw ? "no version with a date" : "no <created> date");
        }
        LocalDate published;
        Instant updated;
        URI pdf;
        if (raw) {
            published = LocalDate.ofInstant(rfc822(firstDate), ZoneOffset.UTC);
            updated = lastDate == null || lastDate.isBlank() ? null : rfc822(lastDate);
            pdf = Arxiv.pdf(vid.id(), version);
        } else {
            published = LocalDate.parse(firstDate.strip());
            LocalDate last = lastDate == null || lastDate.isBlank() ? published : LocalDate.parse(lastDate.strip());
            updated = last.atStartOfDay(ZoneOffset.UTC).toInstant();
            pdf = Arxiv.pdf(vid.id(), 0); // the format names no version: the latest
        }
        Paper.Builder b = Paper.builder(vid.id())
                .title(CleanText.foldWhitespace(title))
                .authors(authors)
                .abstractText(abstractText == null ? "" : CleanText.foldWhitespace(abstractText))
                .source(Arxiv.SOURCE)
                .type(Paper.PREPRINT)
                .categories(categories == null ? List.of() : splitOnSpace(categories))
                .published(published)
                .updated(updated)
                .version(Math.max(1, version))
                .announceType(AnnounceType.UNKNOWN)
                .journalRef(journalRef == null ? null : CleanText.foldWhitespace(journalRef))
                .url(Arxiv.abs(vid.id()))
                .pdfUrl(pdf)
                .license(license == null ? null : license.strip());
        Arxiv.Dois dois = Arxiv.dois(doi, piece -> notes.accept("'" + piece + "' in <doi> is not a DOI"));
        b.doi(dois.doi()).sameAs(dois.sameAs());
        return b.build();
    }

    private static Instant rfc822(String text) {
        String t = CleanText.foldWhitespace(text);
        Instant fast = rfc822Gmt(t);
        if (fast != null) {
            return fast;
        }
        try {
            return ZonedDateTime.parse(t, RFC_822).toInstant();
        } catch (DateTimeParseException e) {
            int comma = t.indexOf(',');
            return ZonedDateTime.parse(comma < 0 ? t : t.substring(comma + 1).strip(), RFC_822_NO_WEEKDAY)
                    .toInstant();
        }
    }

    /**
     * The fast path for the one form arXiv writes, {@code Fri, 8 Feb 2013 21:00:01 GMT} (two per record: worth
     * not going through {@link DateTimeFormatter}, which costs more than the rest of the record); {@code null}
     * for anything else, which the formatter then reads. The weekday is not checked.
     */
    private static Instant rfc822Gmt(String t) {
        int i = t.indexOf(", ") + 2;
        int n = t.length();
        if (i < 2 || !t.endsWith(" GMT")) {
            return null;
        }
        int dayEnd = t.indexOf(' ', i);
        // "d MMM yyyy HH:mm:ss GMT" after the comma: 1-2 digit day, then exactly 21 characters
        if (dayEnd < i + 1 || dayEnd > i + 2 || n - dayEnd != 22 || t.charAt(dayEnd + 4) != ' '
                || t.charAt(dayEnd + 9) != ' ' || t.charAt(dayEnd + 12) != ':' || t.charAt(dayEnd + 15) != ':') {
            return null;
        }
        int month = MONTHS.indexOf(t.substring(dayEnd + 1, dayEnd + 4));
        int day = digits(t, i, dayEnd);
        int year = digits(t, dayEnd + 5, dayEnd + 9);
        int hour = digits(t, dayEnd + 10, dayEnd + 12);
        int minute = digits(t, dayEnd + 13, dayEnd + 15);
        int second = digits(t, dayEnd + 16, dayEnd + 18);
        if (month < 0 || month % 3 != 0 || day < 1 || year < 0 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month / 3 + 1, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second);
        } catch (DateTimeException e) {
            return null; // 31 Feb and the like: let the formatter say what is wrong
        }
    }

    // The decimal number in t[from, to), or -1 if any character is not a digit.
    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static List<String> splitOnSpace(String text) {
        String t = CleanText.foldWhitespace(text);
        return t.isEmpty() ? List.of() : List.of(t.split(" "));
    }
}
