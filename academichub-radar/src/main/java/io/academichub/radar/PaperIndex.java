package io.academichub.radar;

import io.academichub.model.Author;
import io.academichub.model.Paper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A day's papers in an in-memory Lucene index, with BM25 and the radar's one {@link Analysis} definition. Papers
 * are addressed by their position in the list given ("ord"); Lucene's doc ids map to it.
 */
final class PaperIndex implements Closeable {

    final List<Paper> papers;
    final IndexSearcher searcher;
    private final DirectoryReader reader;
    private final int[] ordOfDoc;
    private final int[] docOfOrd;

    private PaperIndex(List<Paper> papers, DirectoryReader reader) throws IOException {
        this.papers = papers;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.ordOfDoc = new int[reader.maxDoc()];
        this.docOfOrd = new int[papers.size()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues ords = leaf.reader().getNumericDocValues(Analysis.ORD);
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                ords.advanceExact(doc);
                int ord = (int) ords.longValue();
                ordOfDoc[leaf.docBase + doc] = ord;
                docOfOrd[ord] = leaf.docBase + doc;
            }
        }
    }

    /** Indexes the papers (ids must be distinct). */
    static PaperIndex of(List<Paper> papers) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(Analysis.ANALYZER)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(128)
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int ord = 0; ord < papers.size(); ord++) {
                writer.addDocument(document(papers.get(ord), ord));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("indexing in memory failed", e);
        }
        try {
            return new PaperIndex(List.copyOf(papers), DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("opening the in-memory index failed", e);
        }
    }

    static Document document(Paper p, int ord) {
        Document doc = new Document();
        doc.add(new StringField(Analysis.ID, p.id().toString(), Field.Store.NO));
        doc.add(new NumericDocValuesField(Analysis.ORD, ord));
        doc.add(new TextField(Analysis.TITLE, p.title(), Field.Store.YES));
        doc.add(new TextField(Analysis.ABSTRACT, p.abstractText(), Field.Store.YES));
        doc.add(new TextField(Analysis.AUTHOR, authorText(p), Field.Store.YES));
        for (String category : p.categories()) {
            doc.add(new StringField(Analysis.CATEGORY, category.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        doc.add(new StringField(Analysis.SOURCE, p.source().toLowerCase(Locale.ROOT), Field.Store.NO));
        return doc;
    }

    static String authorText(Paper p) {
        return p.authors().stream().map(Author::name).collect(Collectors.joining("; "));
    }

    int size() {
        return papers.size();
    }

    int doc(int ord) {
        return docOfOrd[ord];
    }

    /**
     * Scores every paper the query matches.
     *
     * @return BM25 scores by ord, {@code NaN} where the query does not match
     */
    float[] scoreAll(Query query) {
        float[] scores = new float[papers.size()];
        Arrays.fill(scores, Float.NaN);
        try {
            searcher.search(query, new SimpleCollector() {
                private Scorable scorer;
                private int docBase;

                @Override
                protected void doSetNextReader(LeafReaderContext context) {
                    docBase = context.docBase;
                }

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    scores[ordOfDoc[docBase + doc]] = scorer.score();
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
        return scores;
    }

    Query rewrite(Query query) {
        try {
            return searcher.rewrite(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
