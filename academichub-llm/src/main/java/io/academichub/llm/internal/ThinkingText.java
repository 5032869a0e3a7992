package io.academichub.llm.internal;

import java.util.regex.Pattern;

/**
 * Removes a reasoning model's thinking from its answer text. Providers put {@code reasoning_content} apart already
 * ({@code LlmReply.reasoning()}); some models (Qwen3, DeepSeek-R1 served raw) write {@code <think>…</think>} into
 * the answer itself. Neither may reach a briefing.
 */
public final class ThinkingText {

    private static final Pattern CLOSED = Pattern.compile("(?is)<(think|thinking|reasoning)>.*?</\\1>");
    private static final Pattern UNCLOSED = Pattern.compile("(?is)<(think|thinking|reasoning)>.*");
    private static final Pattern ORPHAN_CLOSE = Pattern.compile("(?is)^.*?</(think|thinking|reasoning)>");

    private ThinkingText() {
    }

    /**
     * {@code text} without thinking blocks; a block cut off before its end tag takes the rest of the text with it.
     *
     * @param text the text
     * @return {@code text} without thinking blocks; a block cut off before its end tag takes the rest of the text with it
     */
    public static String strip(String text) {
        String s = CLOSED.matcher(text).replaceAll("");
        s = UNCLOSED.matcher(s).replaceAll("");
        // Some servers drop the opening tag and send "…thinking…</think>answer".
        s = ORPHAN_CLOSE.matcher(s).replaceFirst("");
        return s.strip();
    }
}
