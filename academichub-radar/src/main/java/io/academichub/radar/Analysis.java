package io.academichub.radar;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one analysis definition the radar indexes and queries with, and the query parser on top of it.
 *
 * <p>Title and abstract: English (standard tokenizer, possessives, lower case, accents folded, English stop words,
 * Porter stemming, each word's stem cached: {@link CachingPorterStemFilter}), so {@code decoders} finds
 * {@code decoder}. Author names: lower case, accents folded, no stemming.
 * Category and source: one lower-cased keyword each ({@code category:cs.AI}).
 */
final class Analysis {

    static final String ORD = "ord";
    static final String TITLE = "title";
    static final String ABSTRACT = "abstract";
    static final String AUTHOR = "author";
    static final String CATEGORY = "category";
    static final String SOURCE = "source";

    /** The fields a query may name, in the order error messages list them. */
    static final Set<String> QUERY_FIELDS = Set.of(TITLE, ABSTRACT, AUTHOR, CATEGORY, SOURCE);

    /** A term found in the title counts this much more than one in the abstract. */
    static final float TITLE_BOOST = 2f;

    static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(new English(), Map.of(
            TITLE, new English(),
            ABSTRACT, new English(),
            AUTHOR, new Names(),
            CATEGORY, new Keyword(),
            SOURCE, new Keyword()));

    private Analysis() {
    }

    /**
     * Parses a query of a profile; bare terms search title (boosted) and abstract.
     *
     * @throws QuerySyntaxException with the column (1-based) where it went wrong
     */
    static Query parse(String query) throws QuerySyntaxException {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, ABSTRACT}, ANALYZER,
                Map.of(TITLE, TITLE_BOOST, ABSTRACT, 1f));
        parser.setDefaultOperator(QueryParser.Operator.OR);
        parser.setSplitOnWhitespace(true);
        Query parsed;
        try {
            parsed = parser.parse(query);
        } catch (ParseException e) {
            throw QuerySyntaxException.of(query, e);
        } catch (RuntimeException e) { // e.g. too many boolean clauses
            throw new QuerySyntaxException(0, e.getMessage());
        }
        Set<String> fields = new TreeSet<>();
        parsed.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }
        });
        fields.removeAll(QUERY_FIELDS);
        if (!fields.isEmpty()) {
            throw new QuerySyntaxException(column(query, fields.iterator().next() + ":"),
                    "unknown field '" + fields.iterator().next() + "' (fields: title, abstract, author, category, source)");
        }
        return parsed;
    }

    private static int column(String query, String text) {
        int at = query.indexOf(text);
        return at < 0 ? 0 : at + 1;
    }

    /** A query that does not parse, with the 1-based column in the query text (0 when unknown). */
    static final class QuerySyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        final int column;
        final String problem;

        QuerySyntaxException(int column, String problem) {
            super(problem);
            this.column = column;
            this.problem = problem;
        }

        static QuerySyntaxException of(String query, ParseException wrapped) {
            // QueryParser.parse wraps the generated parser's exception, which knows the token, as the cause.
            ParseException e = wrapped.getCause() instanceof ParseException cause ? cause : wrapped;
            Token last = e.currentToken;
            if (last != null && last.next != null) {
                Token bad = last.next;
                String what = bad.kind == 0 ? "<EOF>" : "'" + bad.image + "'";
                // The parser counts columns from 1 on the one line a query has; at the end it points past the text.
                int column = bad.kind == 0 ? query.length() + 1 : bad.beginColumn;
                return new QuerySyntaxException(column, "Encountered " + what);
            }
            String message = e.getMessage() == null ? "cannot parse" : e.getMessage();
            if (wrapped.getCause() != null && wrapped.getCause().getMessage() != null) {
                message = wrapped.getCause().getMessage(); // e.g. TokenMgrError: a lexical error
            }
            // Lexical errors: "Lexical error at line 1, column 9.  Encountered: <EOF> after : ..."
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("column (\\d+)\\.\\s*(.*)", java.util.regex.Pattern.DOTALL)
                    .matcher(message);
            if (m.find()) {
                return new QuerySyntaxException(Integer.parseInt(m.group(1)), m.group(2).strip().replaceAll("\\s+", " "));
            }
            return new QuerySyntaxException(0, message.replaceAll("\\s+", " "));
        }
    }

    private static final class English extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new ASCIIFoldingFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = new CachingPorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private static final class Names extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private static final class Keyword extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
