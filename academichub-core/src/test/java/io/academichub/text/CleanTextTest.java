package io.academichub.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CleanTextTest {

    @ParameterizedTest(name = "[{index}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"a  b\"                              | a b",
            "\"  leading\"                         | leading",
            "\"trailing  \"                        | trailing",
            "\" both \"                            | both",
            "\"line\none\"                         | line one",
            "\"windows\r\nline\r\nend\r\n\"        | windows line end",
            "\"tab\tand\t\ttabs\"                  | tab and tabs",
            "\"non\u00a0breaking\u00a0\u00a0space\" | non breaking space",
            "\"thin\u2009space\"                   | thin space",
            "\"form\ffeed\"                        | form feed",
            "\"\u00a0 nbsp around \u00a0\"         | nbsp around",
            "\"arXiv:2606.20005v1 Announce Type: new \nAbstract: We\"  | arXiv:2606.20005v1 Announce Type: new Abstract: We",
            "\"  mixed \t\r\n\u00a0 run  \"         | mixed run",
            "\"$O(N^2)$  math   stays\"            | $O(N^2)$ math stays",
            "\"runs   of  spaces only\"           | runs of spaces only",
            "\"é  ü   α\"                          | é ü α",
            "\"a  b \"                            | a b",
    })
    void foldsEveryRunOfWhiteSpaceIntoOneSpace(String text, String folded) {
        assertThat(CleanText.foldWhitespace(text)).isEqualTo(folded);
    }

    @Test
    void returnsTheSameInstanceWhenAlreadyClean() {
        String clean = "Already one line with single spaces";

        assertThat(CleanText.foldWhitespace(clean)).isSameAs(clean);
    }

    @Test
    void emptyAndBlankBecomeEmpty() {
        assertThat(CleanText.foldWhitespace("")).isEmpty();
        assertThat(CleanText.foldWhitespace(" \n\t\u00a0 ")).isEmpty();
        assertThat(CleanText.foldWhitespace(" ")).isEmpty();
    }

    @Test
    void everyShortStringFoldsAsTheRuleSays() {
        // Every string of up to six chars over letters and the kinds of white space: the vectorised paths (only
        // space runs to shorten) and the char-by-char one must all follow the one rule.
        char[] alphabet = {'a', ' ', '\n', '\u00a0', 'é', '\t', '\u2009'};
        int checked = 0;
        for (int length = 0; length <= 6; length++) {
            for (long k = 0; k < Math.pow(alphabet.length, length); k++) {
                long v = k;
                char[] chars = new char[length];
                for (int i = 0; i < length; i++) {
                    chars[i] = alphabet[(int) (v % alphabet.length)];
                    v /= alphabet.length;
                }
                String text = new String(chars);
                assertThat(CleanText.foldWhitespace(text)).as("<%s>", text).isEqualTo(byTheRule(text));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(137_257);
    }

    // The rule, written plainly: runs of white space become one space, none at either end.
    private static String byTheRule(String text) {
        String runs = text.replaceAll("[ \n\r\t\f\u00a0\u2009]+", " ");
        int from = runs.startsWith(" ") ? 1 : 0;
        int to = runs.endsWith(" ") && runs.length() > from ? runs.length() - 1 : runs.length();
        return runs.substring(from, Math.max(from, to));
    }

    @Test
    void nullStaysNull() {
        assertThat(CleanText.foldWhitespace(null)).isNull();
    }

    @Test
    void nonAsciiIsKept() {
        assertThat(CleanText.foldWhitespace(" 量子  纠缠\n José ")).isEqualTo("量子 纠缠 José");
    }
}
