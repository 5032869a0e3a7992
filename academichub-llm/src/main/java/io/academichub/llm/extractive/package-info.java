/**
 * The briefing without a model: themes found by clustering the papers' tf-idf term vectors (Lucene analysis), named
 * by their telling terms and phrases; bridges where papers of two fields in a theme are about one rare term; each
 * paper's key sentence quoted from its abstract. Used alone (the embedded default) and for whatever the LLM path
 * cannot cover.
 */
package io.academichub.llm.extractive;
