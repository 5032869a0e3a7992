package io.academichub.radar;

import io.academichub.model.Author;
import io.academichub.model.Paper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.IOUtils;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A day's papers in an in-memory Lucene index, with BM25 and the radar's one {@link Analysis} definition. Papers
 * are addressed by their position in the list given ("ord"); Lucene's doc ids map to it.
 *
 * <p>Nothing is stored in the index: the text the highlighter needs is read back from the papers. A large batch is
 * indexed in parts on several cores, each part a contiguous run of ords in its own writer, so the layout (and with
 * it every score) depends only on the papers and the part count, never on thread timing. Scores do not depend on
 * the layout: BM25's statistics are those of the whole index.
 */
final class PaperIndex implements Closeable {

    /** Below this many papers per part, a second core is not worth a second writer. */
    static final int PAPERS_PER_PART = 10_000;
    private static final double RAM_BUFFER_MB = 128;

    /** Title, abstract and authors: analysed, not stored. */
    private static final FieldType TEXT = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    /** As {@link #TEXT}, with offsets in the postings (see {@link #withOffsets}). */
    private static final FieldType TEXT_WITH_OFFSETS =
            textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);

    private static FieldType textType(IndexOptions options) {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }

    final List<Paper> papers;
    final IndexSearcher searcher;
    private final IndexReader reader;
    private final int[] ordOfDoc;
    private final int[] docOfOrd;

    private PaperIndex(List<Paper> papers, IndexReader reader) throws IOException {
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

    /**
     * Indexes the papers (ids must be distinct) for these profiles, on as many cores as the batch is worth. The
     * highlighter analyses again the few papers a profile's reasons quote.
     */
    static PaperIndex of(List<Paper> papers, Collection<Profile> profiles) {
        return of(papers, parts(papers), false, fieldsFor(profiles));
    }

    /**
     * Indexes the papers for many profiles, with offsets in the postings: every profile's matches are explained, and
     * finding a match's words from the index costs less than analysing the paper again for each of them.
     */
    static PaperIndex withOffsets(List<Paper> papers, Collection<Profile> profiles) {
        return of(papers, parts(papers), true, fieldsFor(profiles));
    }

    /**
     * The fields to index: title and abstract always (bare words and seed likeness search them), author, category
     * and source only when a query names them (the followed-author and filter checks read the papers). A field no
     * query names changes no score: BM25's statistics are per field.
     */
    static Set<String> fieldsFor(Collection<Profile> profiles) {
        Set<String> fields = new HashSet<>(List.of(Analysis.TITLE, Analysis.ABSTRACT));
        for (Profile profile : profiles) {
            fields.addAll(profile.queriedFields);
        }
        return fields;
    }

    /** The fields the queries search; {@link Profile} keeps them, so that this runs once per profile. */
    static Set<String> queriedFields(List<Query> interestQueries, List<Query> exclusionQueries) {
        Set<String> fields = new HashSet<>();
        QueryVisitor collector = new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return false;
            }
        };
        for (List<Query> queries : List.of(interestQueries, exclusionQueries)) {
            for (Query q : queries) {
                q.visit(collector);
            }
        }
        return Set.copyOf(fields);
    }

    private static int parts(List<Paper> papers) {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), papers.size() / PAPERS_PER_PART));
    }

    /**
     * Indexes the given fields of the papers in {@code parts} contiguous runs of ords, each in its own writer and
     * thread.
     */
    static PaperIndex of(List<Paper> papers, int parts, boolean offsets, Set<String> fields) {
        List<Paper> all = List.copyOf(papers);
        int n = all.size();
        List<ByteBuffersDirectory> directories = new ArrayList<>();
        List<Callable<Void>> jobs = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            int from = (int) ((long) n * part / parts);
            int to = (int) ((long) n * (part + 1) / parts);
            // Each file in one buffer: a reader clones its inputs for every term it looks up, and a clone of a file
            // kept in many small buffers copies the whole list of them (most of the cost of highlighting a match).
            ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                    ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
            directories.add(directory);
            jobs.add(() -> {
                write(all, from, to, directory, RAM_BUFFER_MB / parts, offsets ? TEXT_WITH_OFFSETS : TEXT, fields);
                return null;
            });
        }
        runAll(jobs);
        List<IndexReader> readers = new ArrayList<>();
        try {
            for (ByteBuffersDirectory directory : directories) {
                readers.add(DirectoryReader.open(directory));
            }
            IndexReader reader = readers.size() == 1 ? readers.get(0)
                    : new MultiReader(readers.toArray(IndexReader[]::new), true);
            return new PaperIndex(all, reader);
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(readers);
            throw new UncheckedIOException("opening the in-memory index failed", e);
        }
    }

    private static void write(List<Paper> papers, int from, int to, ByteBuffersDirectory directory, double ramMb,
                              FieldType text, Set<String> fields) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Analysis.ANALYZER)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(ramMb)
                .setUseCompoundFile(false) // a compound file would only copy the bytes once more in memory
                .setMergePolicy(NoMergePolicy.INSTANCE) // searching a few flushed segments is cheaper than merging
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int ord = from; ord < to; ord++) {
                writer.addDocument(document(papers.get(ord), ord, text, fields));
            }
        }
    }

    /** Runs the jobs, all but the last on threads of their own; rethrows the first failure. */
    private static void runAll(List<Callable<Void>> jobs) {
        if (jobs.size() == 1) {
            call(jobs.get(0));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs.size() - 1, r -> {
            Thread t = new Thread(r, "radar-indexer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> started = new ArrayList<>();
            for (Callable<Void> job : jobs.subList(0, jobs.size() - 1)) {
                started.add(pool.submit(job));
            }
            call(jobs.get(jobs.size() - 1));
            for (Future<Void> f : started) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof IOException io
                            ? new UncheckedIOException("indexing in memory failed", io)
                            : new IllegalStateException("indexing in memory failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while indexing", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void call(Callable<Void> job) {
        try {
            job.call();
        } catch (IOException e) {
            throw new UncheckedIOException("indexing in memory failed", e);
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    /** The paper as a Lucene document with every field; nothing stored (see {@link #text}). */
    static Document document(Paper p, int ord) {
        return document(p, ord, TEXT, Analysis.QUERY_FIELDS);
    }

    private static Document document(Paper p, int ord, FieldType text, Set<String> fields) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(Analysis.ORD, ord));
        doc.add(new Field(Analysis.TITLE, p.title(), text));
        doc.add(new Field(Analysis.ABSTRACT, p.abstractText(), text));
        if (fields.contains(Analysis.AUTHOR)) {
            doc.add(new Field(Analysis.AUTHOR, authorText(p), text));
        }
        if (fields.contains(Analysis.CATEGORY)) {
            for (String category : p.categories()) {
                doc.add(new StringField(Analysis.CATEGORY, category.toLowerCase(Locale.ROOT), Field.Store.NO));
            }
        }
        if (fields.contains(Analysis.SOURCE)) {
            doc.add(new StringField(Analysis.SOURCE, p.source().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        return doc;
    }

    static String authorText(Paper p) {
        StringBuilder sb = new StringBuilder();
        for (Author a : p.authors()) {
            sb.append(sb.length() == 0 ? "" : "; ").append(a.name());
        }
        return sb.toString();
    }

    /** The text of a title, abstract or author field of the paper at {@code ord}, as it was indexed. */
    String text(int ord, String field) {
        Paper p = papers.get(ord);
        return switch (field) {
            case Analysis.TITLE -> p.title();
            case Analysis.ABSTRACT -> p.abstractText();
            case Analysis.AUTHOR -> authorText(p);
            default -> throw new IllegalArgumentException("no text kept for field " + field);
        };
    }

    /**
     * A highlighter over this index that reads the text from the papers rather than from stored fields (there are
     * none).
     */
    UnifiedHighlighter highlighter(UnifiedHighlighter.Builder builder) {
        return new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheChars)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    CharSequence[] row = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        row[f] = text(ordOfDoc[doc], fields[f]);
                    }
                    values.add(row);
                }
                return values;
            }
        };
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
