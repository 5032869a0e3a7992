package io.academichub.sources.pubmed;

import io.academichub.model.Author;
import io.academichub.sources.internal.MarkupText;
import io.academichub.text.CleanText;
import io.academichub.xml.SafeXml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one {@code PubmedArticle} element into a {@link PubmedRecord}, descending only where the paper's fields
 * are: {@code MedlineCitation/Article}, {@code MeshHeadingList} and {@code PubmedData/ArticleIdList}. Everything
 * else ({@code CommentsCorrectionsList}, {@code ReferenceList} with the cited works' own PMIDs and DOIs, grants,
 * history) is skipped whole, so a cited work's id can never be taken for the article's.
 */
final class PubmedArticleReader {

    // ORCID iDs arrive bare, as URLs (http or https, with or without www.), and now and then without hyphens.
    private static final Pattern ORCID = Pattern.compile("(\\d{4})-?(\\d{4})-?(\\d{4})-?(\\d{3}[\\dX])");

    private final XMLStreamReader xml;

    PubmedArticleReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** Reads the {@code PubmedArticle} the reader is on; leaves the reader on its end tag. */
    PubmedRecord article() throws XMLStreamException {
        PubmedRecord r = new PubmedRecord();
        while (SafeXml.nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "MedlineCitation" -> medlineCitation(r);
                case "PubmedData" -> pubmedData(r);
                default -> SafeXml.skipElement(xml);
            }
        }
        return r;
    }

    private void medlineCitation(PubmedRecord r) throws XMLStreamException {
        while (SafeXml.nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "PMID" -> r.pmid = SafeXml.elementText(xml).strip();
                case "DateRevised" -> r.dateRevised = date();
                case "Article" -> article(r);
                case "MedlineJournalInfo" -> {
                    while (SafeXml.nextChild(xml)) {
                        if ("MedlineTA".equals(xml.getLocalName())) {
                            r.medlineTa = fold();
                        } else {
                            SafeXml.skipElement(xml);
                        }
                    }
                }
                case "MeshHeadingList" -> meshHeadings(r);
                default -> SafeXml.skipElement(xml);
            }
        }
    }

    private void article(PubmedRecord r) throws XMLStreamException {
        while (SafeXml.nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "Journal" -> journal(r);
                case "ArticleTitle" -> r.title = markup();
                case "VernacularTitle" -> r.vernacularTitle = fold();
                case "Pagination" -> {
                    while (SafeXml.nextChild(xml)) {
                        if ("MedlinePgn".equals(xml.getLocalName())) {
                            r.pages = fold();
                        } else {
                            SafeXml.skipElement(xml);
                        }
                    }
                }
                case "ELocationID" -> {
                    boolean doi = "doi".equalsIgnoreCase(xml.getAttributeValue(null, "EIdType"));
                    boolean valid = !"N".equals(xml.getAttributeValue(null, "ValidYN"));
                    String value = SafeXml.elementText(xml).strip();
                    if (doi && valid && r.elocationDoi == null) {
                        r.elocationDoi = value;
                    }
                }
                case "Abstract" -> abstractParts(r);
                case "AuthorList" -> {
                    // An AuthorList of Type="editors" names editors, not authors.
                    if ("editors".equalsIgnoreCase(xml.getAttributeValue(null, "Type"))) {
                        SafeXml.skipElement(xml);
                    } else {
                        authors(r);
                    }
                }
                case "PublicationTypeList" -> {
                    while (SafeXml.nextChild(xml)) {
                        if ("PublicationType".equals(xml.getLocalName())) {
                            r.publicationTypes.add(fold());
                        } else {
                            SafeXml.skipElement(xml);
                        }
                    }
                }
                case "ArticleDate" -> {
                    boolean electronic = "Electronic".equalsIgnoreCase(xml.getAttributeValue(null, "DateType"));
                    PubmedRecord.DateParts date = date();
                    if (electronic && r.articleDate == null) {
                        r.articleDate = date;
                    }
                }
                default -> SafeXml.skipElement(xml);
            }
        }
    }

    private void journal(PubmedRecord r) throws XMLStreamException {
        while (SafeXml.nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "Title" -> r.journalTitle = fold();
                case "ISOAbbreviation" -> r.journalIso = fold();
                case "JournalIssue" -> {
                    while (SafeXml.nextChild(xml)) {
                        switch (xml.getLocalName()) {
                            case "Volume" -> r.volume = fold();
                            case "Issue" -> r.issue = fold();
                            case "PubDate" -> r.pubDate = date();
                            default -> SafeXml.skipElement(xml);
                        }
                    }
                }
                default -> SafeXml.skipElement(xml);
            }
        }
    }

    /** {@code AbstractText} parts in order, each with its {@code Label}; {@code CopyrightInformation} is not abstract. */
    private void abstractParts(PubmedRecord r) throws XMLStreamException {
        while (SafeXml.nextChild(xml)) {
            if ("AbstractText".equals(xml.getLocalName())) {
                String label = xml.getAttributeValue(null, "Label");
                String text = markup();
                if (!text.isEmpty()) {
                    r.abstractParts.add(label == null || label.isBlank() ? text
                            : CleanText.foldWhitespace(label) + ": " + text);
                }
            } else {
                SafeXml.skipElement(xml);
            }
        }
    }

    private void authors(PubmedRecord r) throws XMLStreamException {
        while (SafeXml.nextChild(xml)) {
            if (!"Author".equals(xml.getLocalName())) {
                SafeXml.skipElement(xml);
                continue;
            }
            // ValidYN="N" keeps a misspelt name NLM has since corrected in another Author element: not a person.
            boolean valid = !"N".equals(xml.getAttributeValue(null, "ValidYN"));
            String last = null;
            String fore = null;
            String initials = null;
            String suffix = null;
            String collective = null;
            String affiliation = null;
            String orcid = null;
            while (SafeXml.nextChild(xml)) {
                switch (xml.getLocalName()) {
                    case "LastName" -> last = fold();
                    case "ForeName" -> fore = fold();
                    case "Initials" -> initials = fold();
                    case "Suffix" -> suffix = fold();
                    case "CollectiveName" -> collective = fold();
                    case "Identifier" -> {
                        boolean isOrcid = "ORCID".equalsIgnoreCase(xml.getAttributeValue(null, "Source"));
                        String value = SafeXml.elementText(xml);
                        if (isOrcid && orcid == null) {
                            orcid = orcid(value);
                        }
                    }
                    case "AffiliationInfo" -> {
                        while (SafeXml.nextChild(xml)) {
                            if ("Affiliation".equals(xml.getLocalName()) && affiliation == null) {
                                affiliation = fold();
                            } else {
                                SafeXml.skipElement(xml);
                            }
                        }
                    }
                    default -> SafeXml.skipElement(xml);
                }
            }
            String name = personName(last, fore, initials, suffix, collective);
            if (valid && !name.isEmpty()) {
                r.authors.add(new Author(name, affiliation, orcid));
            }
        }
    }

    /** "ForeName LastName Suffix"; initials stand in for a missing fore name; a group is its {@code CollectiveName}. */
    private static String personName(String last, String fore, String initials, String suffix, String collective) {
        if (last == null || last.isEmpty()) {
            return collective == null ? "" : collective;
        }
        String given = fore != null && !fore.isEmpty() ? fore : initials;
        return CleanText.foldWhitespace(String.join(" ", given == null ? "" : given, last, suffix == null ? "" : suffix));
    }

    /** The ORCID iD as {@code 0000-0002-1825-009X}, from a bare iD or an orcid.org URL; null when it is neither. */
    static String orcid(String value) {
        Matcher m = ORCID.matcher(value.strip());
        if (!m.find()) {
            return null;
        }
        return m.group(1) + '-' + m.group(2) + '-' + m.group(3) + '-' + m.group(4);
    }

    private void meshHeadings(PubmedRecord r) throws XMLStreamException {
        while (SafeXml.nextChild(xml)) {
            if (!"MeshHeading".equals(xml.getLocalName())) {
                SafeXml.skipElement(xml);
                continue;
            }
            String descriptor = null;
            boolean major = false;
            while (SafeXml.nextChild(xml)) {
                String element = xml.getLocalName();
                // PubMed marks a heading a major topic (its "*") when the descriptor or any qualifier is one.
                boolean isMajor = "Y".equals(xml.getAttributeValue(null, "MajorTopicYN"));
                if ("DescriptorName".equals(element)) {
                    descriptor = fold();
                    major |= isMajor;
                } else if ("QualifierName".equals(element)) {
                    SafeXml.skipElement(xml);
                    major |= isMajor;
                } else {
                    SafeXml.skipElement(xml);
                }
            }
            if (descriptor != null && !descriptor.isEmpty()) {
                r.mesh.add(new PubmedRecord.Mesh(descriptor, major));
            }
        }
    }

    private void pubmedData(PubmedRecord r) throws XMLStreamException {
        while (SafeXml.nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "ArticleIdList" -> {
                    while (SafeXml.nextChild(xml)) {
                        if (!"ArticleId".equals(xml.getLocalName())) {
                            SafeXml.skipElement(xml);
                            continue;
                        }
                        String type = xml.getAttributeValue(null, "IdType");
                        String value = SafeXml.elementText(xml).strip();
                        if ("doi".equalsIgnoreCase(type) && r.articleIdDoi == null) {
                            r.articleIdDoi = value;
                        } else if ("pmc".equalsIgnoreCase(type) && r.pmc == null) {
                            r.pmc = value;
                        }
                    }
                }
                case "History" -> {
                    while (SafeXml.nextChild(xml)) {
                        // the day the record entered PubMed: the last resort for a paper's date
                        if ("PubMedPubDate".equals(xml.getLocalName())
                                && "pubmed".equals(xml.getAttributeValue(null, "PubStatus"))) {
                            r.pubmedDate = date();
                        } else {
                            SafeXml.skipElement(xml);
                        }
                    }
                }
                default -> SafeXml.skipElement(xml); // PublicationStatus, ReferenceList (cited works' ids)
            }
        }
    }

    /** The children of a date element ({@code PubDate}, {@code ArticleDate}, {@code DateRevised} …), unparsed. */
    private PubmedRecord.DateParts date() throws XMLStreamException {
        String year = null;
        String month = null;
        String day = null;
        String season = null;
        String medlineDate = null;
        while (SafeXml.nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "Year" -> year = fold();
                case "Month" -> month = fold();
                case "Day" -> day = fold();
                case "Season" -> season = fold();
                case "MedlineDate" -> medlineDate = fold();
                default -> SafeXml.skipElement(xml);
            }
        }
        return new PubmedRecord.DateParts(year, month, day, season, medlineDate);
    }

    // Titles and abstracts carry <sub>/<sup>/<i> and MathML (<mml:msub>, <mml:mmultiscripts> …): rendered as
    // readable Unicode text by the one markup-to-text converter every adapter shares.
    private static final MarkupText MARKUP = MarkupText.HTML.withUnicodeScripts();

    private String markup() throws XMLStreamException {
        return MARKUP.text(SafeXml.innerMarkup(xml));
    }

    private String fold() throws XMLStreamException {
        return CleanText.foldWhitespace(SafeXml.elementText(xml));
    }
}
