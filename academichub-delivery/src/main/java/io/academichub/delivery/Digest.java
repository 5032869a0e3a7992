package io.academichub.delivery;

import java.util.Objects;

/**
 * What a {@link DigestDelivery} sends: the day's digest as a subject line, a Markdown text and, optionally, an HTML
 * page. E-mail sends both texts as alternatives (a reader without HTML sees the Markdown); a webhook sends them as
 * JSON fields.
 *
 * @param subject  one line (line breaks are folded into spaces), e.g. "AcademicHub digest — 2026-12-01: 24 papers"
 * @param markdown the digest as Markdown; never {@code null}
 * @param html     the digest as a self-contained HTML page, or {@code null} for text only
 */
public record Digest(String subject, String markdown, String html) {

    /**
     * Checks the parts and folds the subject onto one line.
     *
     * @param subject  one line (line breaks are folded into spaces)
     * @param markdown the digest as Markdown
     * @param html     the digest as a self-contained HTML page, or {@code null}
     * @throws NullPointerException     when the subject or the Markdown is {@code null}
     * @throws IllegalArgumentException when the subject is blank
     */
    public Digest {
        Objects.requireNonNull(subject, "subject");
        subject = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        if (subject.isEmpty()) {
            throw new IllegalArgumentException("a digest needs a subject");
        }
        Objects.requireNonNull(markdown, "markdown");
    }

    /**
     * A text-only digest.
     *
     * @param subject  one line
     * @param markdown the digest as Markdown
     * @return a digest without an HTML page
     */
    public static Digest text(String subject, String markdown) {
        return new Digest(subject, markdown, null);
    }
}
