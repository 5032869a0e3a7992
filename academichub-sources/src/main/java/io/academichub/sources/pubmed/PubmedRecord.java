package io.academichub.sources.pubmed;

import io.academichub.model.AnnounceType;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.text.CleanText;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code PubmedArticle}'s fields as {@link PubmedArticleReader} read them (text already folded);
 * {@link #toPaper()} checks them and makes the {@link Paper}.
 *
 * <p>Choices, written down once:
 * <ul>
 *   <li>{@code published}: the electronic publication date ({@code ArticleDate DateType="Electronic"}) when there is
 *       one — it is when the paper became readable — else the issue's {@code PubDate}, else the day the record
 *       entered PubMed. A date without a day is the month's first day, without a month the year's first;
 *       {@code MedlineDate} ("2016 Nov-Dec", "1998 Dec-1999 Jan") gives its first month; a {@code Season} gives its
 *       first month (Spring March, Summer June, Fall/Autumn September, Winter January of that year).</li>
 *   <li>categories: MeSH descriptor names, the major topics first (a heading is major when the descriptor or any
 *       qualifier is), else the journal's abbreviation; names as MeSH writes them ({@code Pancreatic Neoplasms},
 *       {@code Aged, 80 and over}).</li>
 *   <li>type: {@code Preprint} → {@link Paper#PREPRINT}, else {@code Review} or {@code Systematic Review} →
 *       {@code review}, else {@code Journal Article} → {@link Paper#ARTICLE}, else the first type lower-cased with
 *       hyphens for spaces ({@code case-reports}).</li>
 *   <li>journalRef: {@code ISOAbbreviation Year;Volume(Issue):Pages}, leaving out what is missing
 *       ({@code Gut 2017;66(6):1116-1122}).</li>
 * </ul>
 */
final class PubmedRecord {

    static final String SOURCE = "pubmed";
    static final String PMC_SCHEME = "pmc";

    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    // "2016 Nov-Dec", "1998 Dec-1999 Jan", "2000 Spring", "2012 Jan 5-11", "2001"
    private static final Pattern MEDLINE_DATE = Pattern.compile("(\\d{4})(?:\\s+([A-Za-z]+|\\d{1,2}))?(?:\\s+(\\d{1,2}))?");
    private static final Pattern CATEGORY_BREAK = Pattern.compile("[\\s,;]+");

    /** A MeSH heading: the descriptor's name and whether PubMed marks it a major topic. */
    record Mesh(String name, boolean major) {
    }

    /** The children of a PubMed date element, as written. */
    record DateParts(String year, String month, String day, String season, String medlineDate) {

        /** The year as written, or the first year of a {@code MedlineDate}; null when there is none. */
        String yearText() {
            if (year != null && year.matches("\\d{4}")) {
                return year;
            }
            if (medlineDate != null) {
                Matcher m = MEDLINE_DATE.matcher(medlineDate);
                if (m.lookingAt()) {
                    return m.group(1);
                }
            }
            return null;
        }

        /** The first day the parts can mean, or null when there is no year to read. */
        LocalDate firstDay() {
            String y = year;
            String mo = month != null ? month : season;
            String d = day;
            if ((y == null || y.isBlank()) && medlineDate != null) {
                Matcher m = MEDLINE_DATE.matcher(medlineDate);
                if (!m.lookingAt()) {
                    return null;
                }
                y = m.group(1);
                mo = m.group(2);
                d = m.group(3);
            }
            if (y == null || !y.strip().matches("\\d{4}")) {
                return null;
            }
            int yearValue = Integer.parseInt(y.strip());
            int monthValue = monthNumber(mo);
            if (monthValue == 0) {
                return LocalDate.of(yearValue, 1, 1);
            }
            int dayValue = d == null || !d.strip().matches("\\d{1,2}") ? 1 : Integer.parseInt(d.strip());
            try {
                return LocalDate.of(yearValue, monthValue, Math.max(1, dayValue));
            } catch (DateTimeException e) {
                return LocalDate.of(yearValue, monthValue, 1); // "Feb 30": the month is still right
            }
        }

        /** 1–12 from "06", "6", "Jun", "June" or a season; 0 when none can be read. */
        private static int monthNumber(String text) {
            if (text == null || text.isBlank()) {
                return 0;
            }
            String t = text.strip().toLowerCase(Locale.ROOT);
            if (t.matches("\\d{1,2}")) {
                int n = Integer.parseInt(t);
                return n >= 1 && n <= 12 ? n : 0;
            }
            switch (t) {
                case "spring":
                    return 3;
                case "summer":
                    return 6;
                case "fall":
                case "autumn":
                    return 9;
                case "winter":
                    return 1;
                default:
                    break;
            }
            if (t.length() >= 3) {
                int at = MONTHS.indexOf(t.substring(0, 3));
                if (at >= 0 && at % 3 == 0) {
                    return at / 3 + 1;
                }
            }
            return 0;
        }
    }

    String pmid;
    String title;
    String vernacularTitle;
    final List<String> abstractParts = new ArrayList<>();
    final List<Author> authors = new ArrayList<>();
    String journalTitle;
    String journalIso;
    String medlineTa;
    String volume;
    String issue;
    String pages;
    DateParts pubDate;
    DateParts articleDate;
    DateParts pubmedDate;
    DateParts dateRevised;
    String elocationDoi;
    String articleIdDoi;
    String pmc;
    final List<Mesh> mesh = new ArrayList<>();
    final List<String> publicationTypes = new ArrayList<>();

    /**
     * The paper.
     *
     * @throws IllegalArgumentException when there is no valid PMID, no title or no date, saying which
     */
    Paper toPaper() {
        if (pmid == null || pmid.isEmpty()) {
            throw new IllegalArgumentException("no PMID");
        }
        PaperId id = PaperId.pmid(pmid); // throws on a PMID that is not one
        String theTitle = title != null && !title.isEmpty() ? title : vernacularTitle;
        if (theTitle == null || theTitle.isEmpty()) {
            throw new IllegalArgumentException("no ArticleTitle");
        }
        LocalDate published = firstOf(articleDate, pubDate, pubmedDate);
        if (published == null) {
            throw new IllegalArgumentException("no readable date (ArticleDate, PubDate or PubMed history)");
        }
        LocalDate revised = dateRevised == null ? null : dateRevised.firstDay();
        Paper.Builder b = Paper.builder(id)
                .title(theTitle)
                .authors(authors)
                .abstractText(String.join(" ", abstractParts))
                .source(SOURCE)
                .categories(categories())
                .published(published)
                .updated(revised == null ? null : startOfDay(revised)) // DateRevised: NLM's last change to the record
                .announceType(AnnounceType.UNKNOWN)
                .journalRef(journalRef())
                .url(URI.create("https://pubmed.ncbi.nlm.nih.gov/" + id.value() + "/"))
                .type(type());
        // PubMed's own id list first; the publisher's ELocationID when the list has no DOI.
        String doi = PaperId.normalizeDoi(articleIdDoi);
        if (doi == null) {
            doi = PaperId.normalizeDoi(elocationDoi);
        }
        if (doi != null) {
            b.doi(doi).addSameAs(new PaperId(PaperId.DOI, doi));
        }
        if (pmc != null && !pmc.isBlank()) {
            String value = pmc.strip().toUpperCase(Locale.ROOT);
            b.addSameAs(new PaperId(PMC_SCHEME, value.startsWith("PMC") ? value : "PMC" + value));
        }
        return b.build();
    }

    private static LocalDate firstOf(DateParts... candidates) {
        for (DateParts parts : candidates) {
            LocalDate date = parts == null ? null : parts.firstDay();
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private String journalName() {
        if (journalIso != null && !journalIso.isEmpty()) {
            return journalIso;
        }
        if (medlineTa != null && !medlineTa.isEmpty()) {
            return medlineTa;
        }
        return journalTitle != null && !journalTitle.isEmpty() ? journalTitle : null;
    }

    private List<String> categories() {
        List<String> names = new ArrayList<>();
        for (Mesh m : mesh) {
            if (m.major()) {
                names.add(category(m.name()));
            }
        }
        for (Mesh m : mesh) {
            if (!m.major()) {
                names.add(category(m.name()));
            }
        }
        if (names.isEmpty() && journalName() != null) {
            names.add(category(journalName()));
        }
        names.removeIf(String::isEmpty);
        return names;
    }

    static String category(String name) {
        return CleanText.foldWhitespace(name);
    }

    private String journalRef() {
        String journal = journalName();
        if (journal == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(journal);
        String year = pubDate == null ? null : pubDate.yearText();
        if (year != null) {
            sb.append(' ').append(year);
        }
        StringBuilder location = new StringBuilder();
        if (volume != null && !volume.isEmpty()) {
            location.append(volume);
        }
        if (issue != null && !issue.isEmpty()) {
            location.append('(').append(issue).append(')');
        }
        if (location.length() > 0) {
            sb.append(year != null ? ";" : " ").append(location);
        }
        if (pages != null && !pages.isEmpty()) {
            sb.append(':').append(pages);
        }
        return sb.toString();
    }

    private String type() {
        if (publicationTypes.isEmpty()) {
            return null;
        }
        if (hasType("Preprint")) {
            return Paper.PREPRINT;
        }
        if (hasType("Review") || hasType("Systematic Review")) {
            return "review";
        }
        if (hasType("Journal Article")) {
            return Paper.ARTICLE;
        }
        return CATEGORY_BREAK.matcher(publicationTypes.get(0).strip().toLowerCase(Locale.ROOT)).replaceAll("-");
    }

    private boolean hasType(String name) {
        return publicationTypes.stream().anyMatch(name::equalsIgnoreCase);
    }

    @Override
    public String toString() {
        return "PubmedRecord[" + pmid + "]";
    }

    private static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
