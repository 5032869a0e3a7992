/**
 * Helpers of the briefing shared by the LLM and the extractive path: term analysis, citations, language checks.
 * Not API: anything here may change without notice.
 */
package io.academichub.llm.internal;
