package io.academichub.sources.biorxiv;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The JSON shapes of {@code api.biorxiv.org}, as Jackson reads them. Counters and versions are {@code String}s
 * because the API sends them either as numbers or as strings ({@code "total":"245"}, {@code "cursor":0}); Jackson
 * turns a number into its text, and {@link BiorxivJson} parses the text once, with an error that names the field.
 */
final class BiorxivWire {

    private BiorxivWire() {
    }

    /** One {@code messages} entry: the status and the paging counters. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(String status, String interval, String cursor, String count, String total) {
    }

    /** A {@code /details/} response. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Details(List<Message> messages, List<Detail> collection) {
    }

    /** One version of one preprint in a {@code /details/} collection. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Detail(String doi, String title, String authors,
                  @JsonProperty("author_corresponding") String authorCorresponding,
                  @JsonProperty("author_corresponding_institution") String authorCorrespondingInstitution,
                  String date, String version, String type, String license, String category,
                  @JsonProperty("abstract") String abstractText, // "abstract" is a Java keyword
                  String published, String server) {
    }

    /** A {@code /pubs/} response. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Pubs(List<Message> messages, List<Pub> collection) {
    }

    /** One preprint and the journal article it became, in a {@code /pubs/} collection. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Pub(@JsonProperty("preprint_doi") String preprintDoi,
               @JsonProperty("published_doi") String publishedDoi,
               @JsonProperty("published_journal") String publishedJournal,
               @JsonProperty("preprint_date") String preprintDate,
               @JsonProperty("published_date") String publishedDate,
               @JsonProperty("preprint_title") String preprintTitle) {
    }
}
