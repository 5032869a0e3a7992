package io.academichub.llm;

import java.util.Optional;

/**
 * The provider answered, but not with something usable: a body that is not the protocol's JSON, no answer in it,
 * JSON asked for and not given even after one repair request, or JSON cut off by the token limit. The message names
 * what was wrong; {@link #reply()} keeps the model's reply when there was one, so a caller may still look at it.
 */
public class LlmMalformedReplyException extends LlmException {

    private final transient LlmReply reply;

    /**
     * @param reply the unusable reply, or {@code null} when the body could not be read as one
     * @param provider the provider's name, e.g. {@code openai}
     * @param model the model asked for
     * @param message what went wrong
     * @param cause the underlying failure, or {@code null}
     */
    public LlmMalformedReplyException(String provider, String model, String message, LlmReply reply, Throwable cause) {
        super(provider, model, message, cause);
        this.reply = reply;
    }

    /**
     * The model's reply, when the body could be read as one.
     *
     * @return the model's reply, when the body could be read as one
     */
    public Optional<LlmReply> reply() {
        return Optional.ofNullable(reply);
    }
}
