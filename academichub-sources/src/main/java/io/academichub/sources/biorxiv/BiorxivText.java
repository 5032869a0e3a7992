package io.academichub.sources.biorxiv;

import org.apache.commons.text.StringEscapeUtils;
import io.academichub.sources.internal.MarkupText;
import io.academichub.text.CleanText;

import java.util.regex.Pattern;

/**
 * Clean text from the bioRxiv API's titles and abstracts. The API flattens the JATS of an abstract into plain text
 * with marker tokens left in: small caps as {@code O_SCPCAP…C_SCPCAP} and {@code O_SCPLOW…C_SCPLOW} (glued into words:
 * {@code AO_SCPCAPBSTRACTC_SCPCAP}), list items as {@code O_LI…C_LIO_LI…C_LI}, figures as
 * {@code O_FIG … View larger version … org.highwire.dtl.DTLVardef@… C_FIG}, and section headings run into their text
 * ({@code BackgroundThe …}). This class removes the tokens and figure residue, keeps inline small caps as their
 * letters, turns a glued heading into {@code Background: The …}, drops a leading {@code Abstract} heading, decodes
 * HTML references and bioRxiv's {@code [-&gt;]} arrow, strips inline formatting tags and folds white space.
 *
 * <p>The text is plain, not markup: a {@code <} in it is far more often a comparison ({@code p<0.05},
 * {@code a<b and c>d}) than a tag, so only the bare formatting tags are removed
 * ({@link MarkupText#withoutFormattingTags}), after decoding, which also catches escaped ones ({@code &lt;i&gt;}).
 */
final class BiorxivText {

    // Figures and tables: everything between the markers is image links and layout residue.
    private static final Pattern FIGURE = Pattern.compile("O_(FIG|TBL)(?:_DISPLAY_L)?.*?(?:C_\\1(?:_DISPLAY)?|$)", Pattern.DOTALL);
    private static final Pattern HIGHWIRE_RESIDUE = Pattern.compile("org\\.highwire\\.dtl\\.DTLVardef@[0-9a-fA-F]+");
    // Small caps wrap letters inside words: dropping the marker must not split the word.
    private static final Pattern INLINE_TOKEN = Pattern.compile("[OC]_SCP(?:CAP|LOW)");
    // Block markers end a paragraph or list item, glued to the text on both sides ("HighlightsO_LIA first");
    // longer markers come first so that C_LIO_LI (close one item, open the next) is one break.
    private static final Pattern BLOCK_TOKEN = Pattern.compile(
            "C_LIO_LI|[OC]_(?:TABLECAPTION|TEXTBOX|ST_ABS|LST|LI|QD)|C_(?:FIG|TBL)(?:_DISPLAY)?");

    private static final String HEADINGS = "(?i:methodology/principal findings|materials and methods|methods and findings"
            + "|conclusions and relevance|availability and implementation|implications of all the available evidence"
            + "|evidence before this study|added value of this study|main outcome measures|supplementary information"
            + "|significance statement|one sentence summary|graphical abstract|trial registration|the bigger picture"
            + "|author summary|key points|background|introduction|motivation|objectives?|aims?|purpose|rationale"
            + "|context|methodology|methods?|design|setting|participants|interventions?|measurements|results"
            + "|findings|conclusions?|interpretation|discussion|significance|importance|summary|highlights|funding"
            + "|in brief|abstract)";
    // A heading opens the text or a paragraph, or follows a sentence, and runs straight into a capital or a digit
    // ("BackgroundThe"), or stands on its own line. Only a capitalised heading ("Results", not "RESULTS"): in capitals
    // the heading's end cannot be told from the next word's start.
    private static final Pattern GLUED_HEADING = Pattern.compile(
            "(^|\\n|(?<=[.!?)\\]]) )[ \\t]*(?=\\p{Lu}\\p{Ll})(" + HEADINGS + ")(?:[ \\t]*\\n\\s*|(?=[\\p{Lu}\\d]))");
    private static final Pattern LEADING_ABSTRACT = Pattern.compile("^\\s*(?i:abstract)(?::\\s*|\\s+|(?=[\\p{Lu}\\d]))");
    // A heading left with nothing after it (its figure was removed): "… Graphical abstract:".
    private static final Pattern TRAILING_HEADING = Pattern.compile("(?<=[.!?)\\]])\\s+" + HEADINGS + ":?\\s*$");

    private BiorxivText() {
    }

    /** A title: references decoded, inline tags and small-caps markers removed, white space folded. */
    static String title(String raw) {
        if (raw == null) {
            return null;
        }
        String t = StringEscapeUtils.unescapeHtml4(raw);
        t = MarkupText.withoutFormattingTags(t);
        t = INLINE_TOKEN.matcher(t).replaceAll("");
        return CleanText.foldWhitespace(t);
    }

    /** An abstract, cleaned as the class documentation says; the empty string for none. */
    static String abstractText(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String t = StringEscapeUtils.unescapeHtml4(raw).replace("[->]", "\u2192").replace("[<-]", "\u2190");
        t = MarkupText.withoutFormattingTags(t);
        t = FIGURE.matcher(t).replaceAll("\n");
        t = HIGHWIRE_RESIDUE.matcher(t).replaceAll("");
        t = INLINE_TOKEN.matcher(t).replaceAll("");
        t = BLOCK_TOKEN.matcher(t).replaceAll("\n");
        t = LEADING_ABSTRACT.matcher(t).replaceFirst("");
        t = GLUED_HEADING.matcher(t).replaceAll("$1$2: ");
        t = CleanText.foldWhitespace(t);
        return TRAILING_HEADING.matcher(t).replaceFirst("");
    }

    /** A name or an affiliation: references decoded, white space folded; {@code null} for blank. */
    static String plain(String raw) {
        if (raw == null) {
            return null;
        }
        String t = CleanText.foldWhitespace(StringEscapeUtils.unescapeHtml4(raw));
        return t.isEmpty() ? null : t;
    }
}
