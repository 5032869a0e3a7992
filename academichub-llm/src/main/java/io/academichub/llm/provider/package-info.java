/**
 * The chat-model providers: {@link io.academichub.llm.provider.LlmConfig} says which model and where,
 * {@link io.academichub.llm.provider.LlmClients} creates the {@link io.academichub.llm.LlmClient} — OpenAI Chat
 * Completions (OpenAI and every compatible endpoint: DeepSeek, Qwen, OpenRouter, Together, Ollama, vLLM, LM Studio)
 * or Anthropic Messages — on the shared polite transport.
 */
package io.academichub.llm.provider;
