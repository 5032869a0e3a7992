package io.academichub.llm.internal;

/**
 * Estimates how many tokens a text takes before it is sent, for keeping to a budget and for cutting reduce batches
 * to a model's context. The rule is the one providers publish for their BPE tokenizers: about four characters of
 * English (or any Latin-script text, code, JSON) per token, and about one token per CJK character (Han, kana,
 * Hangul). It errs on the high side for plain English and is exact for nothing; the provider's reported usage is
 * what is counted once a request has been made.
 */
public final class TokenEstimate {

    private TokenEstimate() {
    }

    /**
     * The estimated tokens of {@code text}: one per CJK character, one per four other characters, rounded up.
     *
     * @param text the text
     * @return the estimated tokens of {@code text}: one per CJK character, one per four other characters, rounded up
     */
    public static int of(String text) {
        int cjk = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
                cjk++;
            } else {
                other++;
            }
        }
        return cjk + (other + 3) / 4;
    }
}
