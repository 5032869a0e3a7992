package io.academichub.llm.briefing;

import io.academichub.model.Paper;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to brief, in which language, within which budget.
 *
 * <pre>{@code
 * BriefingRequest request = BriefingRequest.builder(papers)
 *         .language("zh")
 *         .budgetTokens(200_000)
 *         .build();
 * }</pre>
 *
 * @param papers       the papers, in the order they are to be numbered (a paper given twice is briefed once)
 * @param language     the reader's language as an ISO 639 code, {@code en} by default
 * @param title        the title, or {@code null} for the default ("Research briefing · date · n papers")
 * @param date         the day the briefing is for, or {@code null} for the most common publication date
 * @param budgetTokens the most tokens (prompt plus completion) the model may use for this briefing, or {@code 0}
 *                     for no limit; papers beyond it are covered by the extractive path
 * @param budgetMoney  the most money the model may cost, in the unit of the generator's {@link io.academichub.llm.LlmPrices}, or
 *                     {@code null} for no limit
 */
public record BriefingRequest(List<Paper> papers, String language, String title, LocalDate date, long budgetTokens,
                              Double budgetMoney) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /**
     * Checks the components as described above.
     *
     * @param papers       the papers, in the order they are to be numbered (a paper given twice is briefed once)
     * @param language     the reader's language as an ISO 639 code, {@code en} by default
     * @param title        the title, or {@code null} for the default ("Research briefing · date · n papers")
     * @param date         the day the briefing is for, or {@code null} for the most common publication date
     * @param budgetTokens the most tokens (prompt plus completion) the model may use for this briefing, or {@code 0}
     *        for no limit; papers beyond it are covered by the extractive path
     * @param budgetMoney  the most money the model may cost, in the unit of the generator's {@link io.academichub.llm.LlmPrices}, or
     *        {@code null} for no limit
     */
    public BriefingRequest {
        papers = List.copyOf(papers);
        language = language == null ? "en" : language.strip();
        if (!LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("language must be an ISO 639 code such as en, zh or pt-BR: '"
                    + language + "'");
        }
        if (title != null && title.isBlank()) {
            title = null;
        }
        if (budgetTokens < 0) {
            throw new IllegalArgumentException("budgetTokens must be >= 0 (0 for no limit): " + budgetTokens);
        }
        if (budgetMoney != null && !(budgetMoney >= 0)) {
            throw new IllegalArgumentException("budgetMoney must be >= 0: " + budgetMoney);
        }
    }

    /**
     * A builder for a briefing on {@code papers}.
     *
     * @param papers the papers
     * @return a builder for a briefing on {@code papers}
     */
    public static Builder builder(List<Paper> papers) {
        return new Builder(papers);
    }

    /**
     * The base language code, lower case: {@code zh} for {@code zh-CN}.
     *
     * @return the base language code, lower case: {@code zh} for {@code zh-CN}
     */
    public String baseLanguage() {
        String lang = language.toLowerCase(Locale.ROOT);
        int dash = lang.indexOf('-');
        return dash > 0 ? lang.substring(0, dash) : lang;
    }

    /** Builds a {@link BriefingRequest}. */
    public static final class Builder {
        private final List<Paper> papers;
        private String language = "en";
        private String title;
        private LocalDate date;
        private long budgetTokens;
        private Double budgetMoney;

        private Builder(List<Paper> papers) {
            this.papers = Objects.requireNonNull(papers, "papers");
        }

        /**
         * The reader's language ({@code en}, {@code zh}, {@code ja}, {@code de} …).
         *
         * @param language an ISO 639 code such as {@code en}, {@code zh} or {@code zh-CN}
         * @return this builder
         */
        public Builder language(String language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * The title; the default names the date and the number of papers.
         *
         * @param title the title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * The day the briefing is for.
         *
         * @param date the day the briefing is for
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * The token budget for the model; {@code 0} for none.
         *
         * @param tokens the number of tokens
         * @return this builder
         */
        public Builder budgetTokens(long tokens) {
            this.budgetTokens = tokens;
            return this;
        }

        /**
         * The money budget, in the unit of the configured {@link io.academichub.llm.LlmPrices}.
         *
         * @param money the money
         * @return this builder
         */
        public Builder budgetMoney(double money) {
            this.budgetMoney = money;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         */
        public BriefingRequest build() {
            return new BriefingRequest(papers, language, title, date, budgetTokens, budgetMoney);
        }
    }
}
