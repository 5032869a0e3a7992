/**
 * Large language models for briefings: the {@link io.academichub.llm.LlmClient} SPI, its value types
 * ({@link io.academichub.llm.LlmRequest}, {@link io.academichub.llm.LlmReply}, {@link io.academichub.llm.LlmUsage},
 * {@link io.academichub.llm.LlmPrices}) and its typed failures, all subtypes of
 * {@link io.academichub.llm.LlmException}. The providers are in {@link io.academichub.llm.provider}.
 */
package io.academichub.llm;
