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
        // Every string of up to six chars over letters and every kind of white space: the runs found by searching
        // must give what the rule says.
        char[] alphabet = {'a', ' ', '\n', '\u00a0', 'é', '\t', '\u2009', '\r', '\f'};
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
        assertThat(checked).isEqualTo(597_871);
    }

    @Test
    void longTextWithManyRunsFoldsAsTheRuleSays() {
        // Abstract-sized texts with runs of every kind scattered through them (the searches for each kind are
        // resumed again and again); a fixed seed, so that a failure can be repeated.
        java.util.Random random = new java.util.Random(20241128);
        String pieces = "ab \n\t\r\f\u00a0\u2009é";
        for (int t = 0; t < 2_000; t++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(1_500);
            for (int i = 0; i < length; i++) {
                // mostly letters, as real text is
                text.append(random.nextInt(4) > 0 ? 'x' : pieces.charAt(random.nextInt(pieces.length())));
            }
            assertThat(CleanText.foldWhitespace(text.toString())).isEqualTo(byTheRule(text.toString()));
        }
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
