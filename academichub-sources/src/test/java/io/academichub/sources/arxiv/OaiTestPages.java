package io.academichub.sources.arxiv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * OAI-PMH documents for tests: the recorded fixtures, and small pages GENERATED from a template (not recorded) for
 * what the fixtures do not show (several pages, deleted records, bad records, hostile payloads).
 */
final class OaiTestPages {

    static final String DIR = "/fixtures/arxiv-oai-pmh/";
    static final String LIST_RECORDS = "ListRecords_arXivRaw_from-2014-10-01_with-resumptionToken_2015-01.xml";
    static final String GET_RECORD = "GetRecord_arXivRaw_1302.2146_2015-01.xml";
    static final String GET_RECORD_ARXIV_FORMAT = "GetRecord_arXiv_1302.2146_constructed.xml";

    private OaiTestPages() {
    }

    /** A fixture file's bytes. */
    static byte[] fixture(String name) {
        try (InputStream in = OaiTestPages.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + DIR + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture file as text. */
    static String fixtureText(String name) {
        return new String(fixture(name), StandardCharsets.UTF_8);
    }

    /**
     * A generated ListRecords page holding {@code records}, ending with a resumption token ({@code null} for an
     * empty one: the last page) that announces {@code completeListSize} and {@code cursor}.
     */
    static String listRecords(String token, int completeListSize, int cursor, String... records) {
        StringBuilder sb = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
                <responseDate>2026-06-20T10:00:00Z</responseDate>
                <request verb="ListRecords">https://oaipmh.arxiv.org/oai</request>
                <ListRecords>
                """);
        for (String r : records) {
            sb.append(r);
        }
        sb.append("<resumptionToken cursor=\"").append(cursor).append("\" completeListSize=\"").append(completeListSize)
                .append("\">").append(token == null ? "" : token).append("</resumptionToken>\n</ListRecords>\n</OAI-PMH>\n");
        return sb.toString();
    }

    /** A generated arXivRaw record with one version dated {@code Mon, 1 Jun 2026 12:00:00 GMT}. */
    static String rawRecord(String id, String title) {
        return """
                <record><header><identifier>oai:arXiv.org:%1$s</identifier><datestamp>2026-06-02</datestamp>
                <setSpec>cs</setSpec></header><metadata>
                <arXivRaw xmlns="http://arxiv.org/OAI/arXivRaw/"><id>%1$s</id><submitter>A. Tester</submitter>
                <version version="v1"><date>Mon, 1 Jun 2026 12:00:00 GMT</date><size>10kb</size></version>
                <title>%2$s</title><authors>Ada Lovelace and Alan Turing</authors><categories>cs.AI cs.LG</categories>
                <abstract>Generated abstract of %1$s.</abstract></arXivRaw></metadata></record>
                """.formatted(id, title);
    }

    /** A generated record the repository marks deleted: a header only. */
    static String deletedRecord(String id) {
        return """
                <record><header status="deleted"><identifier>oai:arXiv.org:%s</identifier>
                <datestamp>2026-06-02</datestamp><setSpec>cs</setSpec></header></record>
                """.formatted(id);
    }

    /** A generated page whose DOCTYPE declares an external entity reading {@code fileUrl}, used in the title. */
    static String xxePage(String fileUrl) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE OAI-PMH [<!ENTITY xxe SYSTEM "%s">]>
                <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords>
                <record><header><identifier>oai:arXiv.org:2606.00001</identifier><datestamp>2026-06-02</datestamp></header>
                <metadata><arXivRaw xmlns="http://arxiv.org/OAI/arXivRaw/"><id>2606.00001</id>
                <version version="v1"><date>Mon, 1 Jun 2026 12:00:00 GMT</date></version>
                <title>&xxe;</title><authors>Eve</authors><categories>cs.CR</categories></arXivRaw></metadata></record>
                </ListRecords></OAI-PMH>
                """.formatted(fileUrl);
    }
}
