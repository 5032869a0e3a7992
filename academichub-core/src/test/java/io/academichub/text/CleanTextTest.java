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
    void nullStaysNull() {
        assertThat(CleanText.foldWhitespace(null)).isNull();
    }

    @Test
    void nonAsciiIsKept() {
        assertThat(CleanText.foldWhitespace(" 量子  纠缠\n José ")).isEqualTo("量子 纠缠 José");
    }
}
