package io.academichub.sources.crossref;

import io.academichub.source.RecordedFormat;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceOption;
import io.academichub.source.SourceProvider;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code crossref} source kind: works from the Crossref REST API, for a journal's ISSN or any filter expression.
 *
 * <pre>{@code
 * --source crossref:1932-6203                                   // PLOS ONE: filter=issn:1932-6203
 * --source 'crossref:filter:type:posted-content,prefix:10.1101' // any Crossref filter expression
 * }</pre>
 *
 * Options: {@value #MAILTO} (a contact address for Crossref's polite pool, sent as the {@code mailto} parameter;
 * by default the configuration's {@link SourceConfig#contact() contact}), {@value #ROWS} (works per request, 1 to
 * {@value CrossrefSource#MAX_ROWS}; default {@value CrossrefSource#DEFAULT_ROWS}) and {@value SourceConfig#BASE_URL}
 * (default {@value CrossrefSource#DEFAULT_BASE_URL}).
 */
public final class CrossrefProvider implements SourceProvider {

    /** The kind's name. */
    public static final String ID = "crossref";

    /** The option naming the polite-pool contact address. */
    public static final String MAILTO = "mailto";

    /** The option naming the works per request. */
    public static final String ROWS = "rows";

    /** The argument prefix for a filter expression instead of an ISSN. */
    public static final String FILTER_PREFIX = "filter:";

    private static final Pattern ISSN = Pattern.compile("\\d{4}-\\d{3}[\\dX]");

    /** For {@link java.util.ServiceLoader}. */
    public CrossrefProvider() {
    }

    /** {@value #ID}. */
    @Override
    public String id() {
        return ID;
    }

    /** The options this kind takes besides {@code baseUrl} and {@code contact}. */
    @Override
    public List<SourceOption> options() {
        return List.of(
                SourceOption.text(MAILTO, "the contact address", "the address for Crossref's polite pool (mailto)"),
                SourceOption.number(ROWS, Integer.toString(CrossrefSource.DEFAULT_ROWS),
                        "works per request, 1 to " + CrossrefSource.MAX_ROWS));
    }

    /** The format of this kind's recorded responses, for {@code academichub parse}. */
    @Override
    public List<RecordedFormat> formats() {
        return List.of(RecordedFormat.of("crossref-json", "a saved Crossref REST API response (/works or /works/DOI)",
                CrossrefParser::parse));
    }

    /** One line for listings. */
    @Override
    public String description() {
        return "Crossref REST API works; ARGUMENT: an ISSN such as 1932-6203, or 'filter:' and a Crossref filter "
                + "expression; options mailto, rows";
    }

    /**
     * A source for the configured ISSN or filter; its id is {@code crossref:} followed by the argument.
     *
     * @throws IllegalArgumentException when the argument is neither an ISSN ({@code NNNN-NNNC}, C a digit or X) nor
     *                                  {@code filter:} with an expression, or {@value #ROWS} is not 1 to
     *                                  {@value CrossrefSource#MAX_ROWS} (the message says which)
     */
    @Override
    public Source create(SourceConfig config) {
        String argument = config.argument();
        String filter;
        if (argument.regionMatches(true, 0, FILTER_PREFIX, 0, FILTER_PREFIX.length())) {
            filter = argument.substring(FILTER_PREFIX.length()).strip();
            if (filter.isEmpty() || !filter.contains(":")) {
                throw new IllegalArgumentException("a Crossref filter is name:value[,name:value…], such as "
                        + "'filter:issn:1932-6203,type:journal-article': '" + argument + "'");
            }
        } else {
            String issn = argument.toUpperCase(Locale.ROOT);
            if (!ISSN.matcher(issn).matches()) {
                throw new IllegalArgumentException("a crossref source needs an ISSN (NNNN-NNNN, the last may be X) "
                        + "or 'filter:' and a Crossref filter expression: '" + argument + "'");
            }
            argument = issn;
            filter = "issn:" + issn;
        }
        int rows = config.option(ROWS).map(CrossrefProvider::rows).orElse(CrossrefSource.DEFAULT_ROWS);
        // Crossref's polite pool takes the operator's address unless this source is given its own.
        return new CrossrefSource(ID + ":" + argument, filter, config.baseUrl(CrossrefSource.DEFAULT_BASE_URL),
                config.option(MAILTO).or(config::contact).orElse(null), rows, config.transport());
    }

    private static int rows(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= CrossrefSource.MAX_ROWS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new IllegalArgumentException(ROWS + " must be a whole number from 1 to " + CrossrefSource.MAX_ROWS
                + ": '" + text + "'");
    }
}
