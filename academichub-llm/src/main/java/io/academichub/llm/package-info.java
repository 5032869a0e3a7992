/**
 * Large language models for briefings: the {@link io.academichub.llm.LlmClient} SPI and its value types.
 */
package io.academichub.llm;
