package io.academichub.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The edges of the new-style arXiv id ({@code YYMM.NNNN[N]}, optional {@code vN}), read without a regex. */
class NewStyleArxivIdTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0704.0001          | 0704.0001  | 0",
            "2612.12345         | 2612.12345 | 0",
            "2601.1234v7        | 2601.1234  | 7",
            "2606.20005v999999  | 2606.20005 | 999999",
    })
    void accepts(String text, String id, int version) {
        VersionedId parsed = PaperId.parseVersioned(text);

        assertThat(parsed.id()).isEqualTo(new PaperId("arxiv", id));
        assertThat(parsed.version()).isEqualTo(version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2613.00001", "2600.00001", "2606.123", "2606.123456", "2606.12345v", "2606.12345v0",
        "2606.12345x1", "26o6.12345", "2606.12345v1234567", "2606-12345", "2606.12345v1 "})
    void refusesAnythingElse(String text) {
        assertThatThrownBy(() -> new PaperId("arxiv", text)).isInstanceOf(IllegalArgumentException.class);
        if (!text.endsWith(" ")) { // parse strips, so only the constructor sees the padded form
            assertThatThrownBy(() -> PaperId.arxiv(text)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
