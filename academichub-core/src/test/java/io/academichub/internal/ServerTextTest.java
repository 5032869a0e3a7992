package io.academichub.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerTextTest {

    @Test
    void aServerCannotForgeALineOrColourTheTerminal() {
        String forged = "bad interval\n\rmedrxiv OK 999/999 \u001B[31mred\u001B[0m\u001B]0;title\u0007 \u202Eevil\ttab\u0000";

        assertThat(ServerText.quote(forged)).isEqualTo("bad interval medrxiv OK 999/999 red evil tab");
    }

    @Test
    void longTextIsCutWithAnEllipsis() {
        String huge = "x".repeat(6_750_000);

        String quoted = ServerText.quote(huge);

        assertThat(quoted).hasSize(ServerText.MAX_QUOTE).endsWith("x…");
        assertThat(ServerText.clean("ab\uD83D\uDE00cd", 3)).isEqualTo("ab…"); // a surrogate pair is never split
        assertThat(ServerText.clean("  short  text ", 300)).isEqualTo("short text");
        assertThat(ServerText.clean(null, 5)).isEmpty();
    }
}
