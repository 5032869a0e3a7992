package io.academichub.sources.crossref;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.academichub.error.FeedFormatException;
import io.academichub.error.SourceRejectedException;
import io.academichub.error.SourceUnavailableException;
import io.academichub.model.Paper;
import io.academichub.source.Page;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Reads Crossref REST API responses ({@code https://api.crossref.org/works…}) into {@link Page}s. The
 * envelope and the {@code items} array are streamed with Jackson; one work at a time is held as a tree, so a page
 * of 1000 works never sits in memory twice.
 *
 * <pre>{@code
 * Page page = CrossrefParser.parseWorks(body, "crossref:1932-6203", uri);   // message-type work-list
 * page.total();   // total-results, e.g. 454
 * page.next();    // next-cursor, for the next page of a deep-paging request, or null
 * Page one = CrossrefParser.parseWork(body, "crossref", uri);               // message-type work
 * Page any = CrossrefParser.parse(body, "crossref", uri);                   // either
 * }</pre>
 *
 * <h2>From a work to a {@link Paper}</h2>
 * <ul>
 *   <li>id {@code doi:…} from {@code DOI}, which is also the paper's {@code doi}; {@code source} {@code crossref};</li>
 *   <li>title: the first {@code title}, inline HTML/JATS/MathML tags flattened, entities decoded, and the first
 *       {@code subtitle} after ": " when there is one;</li>
 *   <li>authors from {@code author}: {@code given family}, or {@code name} for an organisation; affiliation names
 *       joined with "; "; the ORCID iD without its {@code https://orcid.org/} prefix;</li>
 *   <li>abstract from the JATS {@code abstract}: paragraphs joined, each section title kept as a label
 *       ({@code "Methods: …"}), a leading "Abstract" title dropped, emphasis glued to its neighbours by the deposit
 *       ({@code targeting<jats:italic>SMARCB1</jats:italic>for}) given its spaces back;</li>
 *   <li>published: the earliest of {@code published-print}, {@code published-online}, {@code published},
 *       {@code issued} and {@code posted}; a date without a day ({@code [[2024, 4]]}) counts as the first of the
 *       month, one without a month ({@code [[2024]]}) as 1 January. A work with none of them (Crossref sends
 *       {@code [[null]]}) gets the date its record was {@code created}, with a warning; a work without even that
 *       (a response made with {@code select=DOI,title}) is a paper with an unknown date ({@code null});</li>
 *   <li>updated: {@code deposited} (the publisher's last deposit), else {@code indexed};</li>
 *   <li>categories: {@code subject}s, {@code group-title}, the first {@code container-title} and the first
 *       {@code institution} (an object in older records, a list in newer ones), each as Crossref writes it, markup
 *       flattened and white space folded ({@code PLoS ONE}, {@code Cell Biology}); the Crossref type
 *       ({@code journal-article}) when none of these;</li>
 *   <li>journalRef: {@code container-title volume(issue): page}, as far as present;</li>
 *   <li>url: {@code URL} (the DOI link), else {@code https://doi.org/<doi>}; pdfUrl: a {@code link} of content type
 *       {@code application/pdf}; license: the {@code license} URL of the version of record, else the first;</li>
 *   <li>type: {@link Paper#PREPRINT} for {@code posted-content} of subtype {@code preprint}, {@link Paper#ARTICLE}
 *       for {@code journal-article}, else Crossref's type as it is ({@code book-chapter}, {@code dataset} …);</li>
 *   <li>sameAs: the DOIs (and arXiv ids) of {@code relation} entries that name another version of the same work:
 *       {@code is-preprint-of}, {@code has-preprint}, {@code is-version-of}, {@code has-version},
 *       {@code is-identical-to}, {@code is-manifestation-of}, {@code has-manifestation}. An arXiv DOI
 *       ({@code 10.48550/arXiv.2401.00001}) gives the DOI and the arXiv id.</li>
 * </ul>
 * Only the DOI and a title are required: a response made with {@code select=DOI,title} (or
 * {@code select=DOI,author,title}) gives papers with what it holds. A work without a DOI or a title is skipped, with
 * a warning in the page's {@code warnings}; a field longer than {@link Paper}'s bounds is cut, with a warning.
 */
final class CrossrefParser {

    /** {@code message-type} of a single work. */
    static final String WORK = "work";
    /** {@code message-type} of a page of works. */
    static final String WORK_LIST = "work-list";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CrossrefParser() {
    }

    /**
     * Parses a response of either kind: a page of {@code /works} or a single work.
     *
     * @param in       the response body; not closed
     * @param sourceId the source on whose behalf it was fetched, named in errors
     * @param uri      the URL it came from, named in errors
     * @throws FeedFormatException     when the body is not JSON, or not a Crossref {@code work} or {@code work-list}
     *                                 message; names the line and column
     * @throws SourceRejectedException when the body is Crossref's {@code "status": "failed"} document; the detail
     *                                 quotes Crossref's messages
     */
    public static Page parse(InputStream in, String sourceId, URI uri) {
        return read(in, sourceId, uri, null);
    }

    /**
     * Parses a page of {@code /works} ({@code message-type: work-list}).
     *
     * @throws FeedFormatException     as {@link #parse}, and when the message is not a work list
     * @throws SourceRejectedException as {@link #parse}
     */
    public static Page parseWorks(InputStream in, String sourceId, URI uri) {
        return read(in, sourceId, uri, WORK_LIST);
    }

    /**
     * Parses a single work of {@code /works/{doi}} ({@code message-type: work}).
     *
     * @throws FeedFormatException     as {@link #parse}, and when the message is not a single work
     * @throws SourceRejectedException as {@link #parse}
     */
    public static Page parseWork(InputStream in, String sourceId, URI uri) {
        return read(in, sourceId, uri, WORK);
    }

    /**
     * The page: its papers, {@code records} = the items the response held (skipped ones included, so paging can tell
     * an empty page), {@code total} = {@code total-results}, {@code next} = {@code next-cursor}; a single work is a
     * page of one with a total of one.
     */
    static Page read(InputStream in, String sourceId, URI uri, String expectedType) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceId, "sourceId");
        try (JsonParser p = MAPPER.getFactory().createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return new Envelope(p, sourceId, uri).read(expectedType);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new FeedFormatException(sourceId, uri, at == null ? -1 : at.getLineNr(),
                    at == null ? -1 : at.getColumnNr(), "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SourceUnavailableException(sourceId, uri, 0, "could not read the response: " + e, e);
        }
    }

    /** One response being read. */
    private static final class Envelope {
        private final JsonParser p;
        private final String sourceId;
        private final URI uri;
        private final List<Paper> papers = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final ObjectNode message = MAPPER.createObjectNode(); // the message's fields except items
        private int items;
        private boolean itemsSeen;

        Envelope(JsonParser p, String sourceId, URI uri) {
            this.p = p;
            this.sourceId = sourceId;
            this.uri = uri;
        }

        Page read(String expectedType) throws IOException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw shape(p.currentTokenLocation(), "expected a JSON object, the Crossref API envelope");
            }
            String status = null;
            String messageType = null;
            JsonLocation typeAt = null;
            JsonLocation messageAt = null;
            JsonNode otherMessage = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "status" -> status = value.isScalarValue() ? p.getValueAsString() : skip();
                    case "message-type" -> {
                        typeAt = p.currentTokenLocation();
                        messageType = value.isScalarValue() ? p.getValueAsString() : skip();
                    }
                    case "message" -> {
                        messageAt = p.currentTokenLocation();
                        if (value == JsonToken.START_OBJECT) {
                            readMessage();
                        } else {
                            otherMessage = p.readValueAsTree(); // a failure's list of messages, or plain text
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if ("failed".equals(status)) {
                throw new SourceRejectedException(sourceId, uri, 200,
                        "Crossref rejected the request: " + failureText(otherMessage != null ? otherMessage : message),
                        null);
            }
            if (!"ok".equals(status)) {
                throw shape(JsonLocation.NA, status == null
                        ? "no \"status\": not a Crossref API response"
                        : "Crossref status '" + status + "' is neither ok nor failed");
            }
            if (messageType == null || messageAt == null) {
                throw shape(JsonLocation.NA, "no " + (messageType == null ? "\"message-type\"" : "\"message\"")
                        + ": not a Crossref API response");
            }
            if (!messageType.equals(WORK) && !messageType.equals(WORK_LIST)) {
                throw shape(typeAt, "Crossref message-type '" + messageType + "' is neither a work nor a work list");
            }
            if (expectedType != null && !expectedType.equals(messageType)) {
                throw shape(typeAt, "Crossref message-type '" + messageType + "' where '" + expectedType
                        + "' was expected");
            }
            if (otherMessage != null) {
                throw shape(messageAt, "the \"message\" of a " + messageType + " is not a JSON object");
            }
            return messageType.equals(WORK) ? single() : list(messageAt);
        }

        private Page single() {
            addPaper(message, null);
            return new Page(papers, 1, 1, null, warnings);
        }

        private Page list(JsonLocation messageAt) {
            JsonNode total = message.get("total-results");
            if (total == null || !total.canConvertToInt() || total.asInt() < 0) {
                throw shape(messageAt, "the work list has no \"total-results\" count");
            }
            if (!itemsSeen) {
                throw shape(messageAt, "the work list has no \"items\" array");
            }
            return new Page(papers, items, total.asInt(), CrossrefWork.text(message, "next-cursor"), warnings);
        }

        /** Streams the message object: items become papers one by one, every other field is kept. */
        private void readMessage() throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("items") && value == JsonToken.START_ARRAY) {
                    itemsSeen = true;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        JsonLocation at = p.currentTokenLocation();
                        JsonNode item = p.readValueAsTree();
                        items++;
                        if (item.isObject()) {
                            addPaper(item, at);
                        } else {
                            warnings.add("item " + items + " " + where(at) + "skipped: not a JSON object");
                        }
                    }
                } else {
                    message.set(name, p.readValueAsTree());
                }
            }
        }

        private void addPaper(JsonNode work, JsonLocation at) {
            try {
                papers.add(CrossrefWork.toPaper(work, warnings));
            } catch (CrossrefWork.Unusable e) {
                warnings.add((at == null ? "the work " : "item " + items + " " + where(at)) + "skipped: "
                        + e.getMessage());
            } catch (IllegalArgumentException e) {
                // a value Paper refuses (a blank title after flattening …): one work lost, not the page
                warnings.add((at == null ? "the work " : "item " + items + " " + where(at)) + "skipped: "
                        + e.getMessage());
            }
        }

        private String skip() throws IOException {
            p.skipChildren();
            return null;
        }

        private static String where(JsonLocation at) {
            return at == null || at.getLineNr() < 1 ? "" : "(line " + at.getLineNr() + ", column " + at.getColumnNr() + ") ";
        }

        private FeedFormatException shape(JsonLocation at, String detail) {
            boolean known = at != null && at.getLineNr() > 0;
            return new FeedFormatException(sourceId, uri, known ? at.getLineNr() : -1, known ? at.getColumnNr() : -1,
                    detail, null);
        }
    }

    /**
     * Crossref's words from a failure document: the {@code message} of each entry of a validation failure
     * ({@code [{"type": "integer-not-valid", "value": "0", "message": "…"}]}), or the text it sent.
     */
    static String failureText(JsonNode message) {
        if (message == null || message.isNull() || message.isMissingNode()) {
            return "no reason given";
        }
        if (message.isTextual()) {
            return message.asText();
        }
        StringJoiner all = new StringJoiner("; ");
        for (JsonNode entry : message.isArray() ? message : List.of(message)) {
            String text = CrossrefWork.text(entry, "message");
            if (text != null) {
                all.add(text.strip());
            }
        }
        return all.length() > 0 ? all.toString() : message.toString();
    }
}
