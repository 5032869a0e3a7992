/**
 * The briefing without a model: themes found by clustering the papers' tf-idf term vectors (Lucene analysis), named
 * by their telling terms; bridges where a theme's papers come from different fields; each paper's key sentence
 * quoted from its abstract. Used alone (the embedded default) and for whatever the LLM path cannot cover.
 */
package io.academichub.llm.extractive;
