package io.academichub.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class TexAccentsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the forms the arXiv RSS dc:creator uses (PROVENANCE: Jos\'e, Fran\c{c}ois, M\"uller, Przemys{\l}aw, R\'emy)
            "Jos\\'e                     | José",
            "Przemys{\\l}aw              | Przemysław",
            "Fran\\c{c}ois               | François",
            "M\\\"uller                  | Müller",
            "M\\\"{u}ller                | Müller",
            "{\\\"u}                     | ü",
            "M{\\\"u}ller                | Müller",
            "\\'{\\i}                    | í",
            "Mart\\'{\\i}nez             | Martínez",
            "Mart{\\'\\i}nez             | Martínez",
            "R\\'emy                     | Rémy",
            "\\v{S}koda                  | Škoda",
            "\\v Sko                     | Ško",
            "Pe\\~na                     | Peña",
            "Stra\\ss e                  | Straße",
            "Stra\\ss{}e                 | Straße",
            "Gau\\ss                     | Gauß",
            "Br\\o ndsted                | Brøndsted",
            "Br{\\o}ndsted               | Brøndsted",
            "\\O rsted                   | Ørsted",
            "\\aa ngstr\\\"om            | ångström",
            "{\\AA}ngstr{\\\"o}m         | Ångström",
            "\\L{}ukasz                  | Łukasz",
            "Erd\\H{o}s                  | Erdős",
            "Jos\\' e                    | José",
            "\\`a la                     | à la",
            "\\^{o}                      | ô",
            "\\={a}                      | ā",
            "\\.{Z}                      | Ż",
            "\\k{a}                      | ą",
            "\\u{g}                      | ğ",
            "\\r{u}                      | ů",
            "\\c c                       | ç",
            "C\\^ot\\'e and Gr\\\"o\\ss  | Côté and Größ",
            "Schr\\\"{o}dinger {GPU}s    | Schrödinger GPUs",
    })
    void turnsAccentsIntoComposedUnicode(String tex, String unicode) {
        String converted = TexAccents.toUnicode(tex);

        assertThat(converted).isEqualTo(unicode);
        assertThat(Normalizer.isNormalized(converted, Normalizer.Form.NFC)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "$\\'e$",
            "$\\mathbb{R}$",
            "We bound $\\|x\\|_{\\ell^2}$ and $\\hat{\\theta}$ by $O(N^2)$",
            "\\textbf{x}",
            "a \\textbf{bold} claim with \\emph{emphasis}",
            "\\cite{smith2020}",
            "Plain ASCII, nothing to do.",
            "x^{ab} and y_{cd}",
            "José already Unicode",
    })
    void leavesMathOtherCommandsAndPlainTextAlone(String text) {
        assertThat(TexAccents.toUnicode(text)).isEqualTo(text);
    }

    @Test
    void convertsOutsideMathOnly() {
        assertThat(TexAccents.toUnicode("Jos\\'e proves $\\'e = \\mathbb{R}$ with Fran\\c{c}ois"))
                .isEqualTo("José proves $\\'e = \\mathbb{R}$ with François");
    }

    @Test
    void anUnclosedDollarIsNotMath() {
        assertThat(TexAccents.toUnicode("costs 5$ for R\\'emy")).isEqualTo("costs 5$ for Rémy");
    }

    @Test
    void returnsTheSameInstanceWhenNothingChanges() {
        String plain = "Attention is all you need";

        assertThat(TexAccents.toUnicode(plain)).isSameAs(plain);
    }

    /**
     * The one-pass conversion of plain accent commands gives exactly what the regular expressions give, for 200,000
     * random strings built from the pieces names are made of (accent commands in every form, groups, letters,
     * spaces, punctuation, an accented letter written in Unicode) — wherever it takes a string on.
     */
    @Test
    void theOnePassConversionAgreesWithThePatternsWhereverItApplies() {
        String[] pieces = {"\\'", "\\\"", "\\`", "\\^", "\\~", "\\=", "\\.", "\\v", "\\c", "\\u", "\\H", "\\k",
                "\\r", "\\b", "\\d", "\\l", "\\o", "\\ss", "\\i", "{", "}", "e", "E", "s", "c", "i", "o", "u", "z",
                " ", ",", "-", "é", "^", "_", "\u0301", "(", "1"};
        java.util.Random random = new java.util.Random(6);
        int taken = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + random.nextInt(8); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            String fast = TexAccents.simpleAccents(text);
            if (fast != null) {
                taken++;
                assertThat(fast).as(text).isEqualTo(TexAccents.byPatterns(text));
            }
        }
        assertThat(taken).as("strings the one pass took on").isGreaterThan(10_000);
    }
}
