/**
 * Briefings: {@link io.academichub.llm.briefing.BriefingGenerator} turns a set of papers into a
 * {@link io.academichub.llm.briefing.Briefing} — title, overview, themes across fields, bridges between fields,
 * what to read first, a TL;DR per paper — grounded in the papers given, in the reader's language, within a budget.
 */
package io.academichub.llm.briefing;
