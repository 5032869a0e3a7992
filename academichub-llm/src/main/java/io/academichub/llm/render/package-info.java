/**
 * Briefings and paper lists as Markdown, self-contained HTML and JSON. Everything that came from a feed or a model is
 * escaped; citations link to the papers they cite. The renderers are stateless and reusable for any list of papers
 * with or without a briefing (the daily digest renders its radar matches through them).
 */
package io.academichub.llm.render;
