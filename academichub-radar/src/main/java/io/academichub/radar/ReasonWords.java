package io.academichub.radar;

import io.academichub.internal.Placeholders;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words of the radar's reasons and of its exclusion notes, in the reader's language: English, Simplified
 * Chinese and Japanese are built in, each table with every entry; any other language gets English (a {@code zh}
 * locale of any region or script gets the Simplified Chinese words, as the digest's own labels do).
 *
 * <p>What a sentence quotes is inserted as it is, never translated: interest and exclusion names, matched terms and
 * highlighted fragments, author names as the profile and the byline write them, paper titles and ids, categories
 * and sources. Templates hold {@code {name}} placeholders, filled in one pass, so a title that itself holds braces
 * is never read as a placeholder.
 */
final class ReasonWords {

    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.ofEntries(
                    Map.entry("interest", "interest '{name}'"),
                    Map.entry("interest.weighted", "interest '{name}' (weight {weight})"),
                    Map.entry("interest.matched", "{interest} matched"),
                    Map.entry("interest.terms", "{interest} matched {terms}"),
                    Map.entry("termsIn", "{terms} in the {field}"),
                    Map.entry("termsIn.quote", "{terms} in the {field}: {fragment}"),
                    Map.entry("term", "\"{term}\""),
                    Map.entry("termSeparator", ", "),
                    Map.entry("fieldSeparator", "; "),
                    Map.entry("quoteSeparator", " | "),
                    Map.entry("field.title", "title"),
                    Map.entry("field.abstract", "abstract"),
                    Map.entry("field.author", "authors"),
                    Map.entry("author", "by followed author {name}"),
                    Map.entry("author.listed", "by followed author {name} (listed as \"{listed}\")"),
                    Map.entry("paper", "'{title}'"),
                    Map.entry("paper.id", "'{title}' ({id})"),
                    Map.entry("role.seed", "seed"),
                    Map.entry("role.liked", "liked paper"),
                    Map.entry("seed", "similar to {role} {paper}"),
                    Map.entry("seed.terms", "similar to {role} {paper} through {terms}"),
                    Map.entry("nearestDismissed", "lowered {percent}%: resembles {paper}, which you dismissed"),
                    Map.entry("nearestDismissed.terms",
                            "lowered {percent}%: resembles {paper}, which you dismissed through {terms}"),
                    Map.entry("dismissedItself", "lowered {percent}% by your feedback: you dismissed this paper"),
                    Map.entry("classifier", "lowered {percent}% by your feedback: {like}"),
                    Map.entry("classifier.terms", "lowered {percent}% by your feedback: {like} (terms: {terms})"),
                    Map.entry("like.unnamed", "like the papers you dismissed"),
                    Map.entry("like.one", "like the paper you dismissed, {papers}"),
                    Map.entry("like.many", "like the papers you dismissed, {papers}"),
                    Map.entry("paperSeparator", " and "),
                    Map.entry("listSeparator", ", "),
                    Map.entry("score", "score {score} from interests {interests}, seed likeness {seed}, {author}"),
                    Map.entry("score.dismissed", "score {score} from interests {interests}, seed likeness {seed},"
                            + " {author}, resemblance to dismissed papers {dismissed}"),
                    Map.entry("score.author", "a followed author"),
                    Map.entry("score.noAuthor", "no followed author"),
                    Map.entry("score.fairShare", "{score}; listed as one of the best for {interest} (its fair share of"
                            + " the list)"),
                    Map.entry("excluded.sourceNotAmong", "source {source} is not among {sources}"),
                    Map.entry("excluded.source", "source {source} is excluded"),
                    Map.entry("excluded.categoriesNotAmong", "categories {categories} are not among {among}"),
                    Map.entry("excluded.category", "category {category} is excluded"),
                    Map.entry("excluded.exclusion", "exclusion '{names}'"),
                    Map.entry("exclusionSeparator", "', '"),
                    Map.entry("categoryList", "[{items}]")),
            "zh", Map.ofEntries(
                    Map.entry("interest", "兴趣“{name}”"),
                    Map.entry("interest.weighted", "兴趣“{name}”（权重 {weight}）"),
                    Map.entry("interest.matched", "符合{interest}"),
                    Map.entry("interest.terms", "符合{interest}，{terms}"),
                    Map.entry("termsIn", "{field}中有{terms}"),
                    Map.entry("termsIn.quote", "{field}中有{terms}：{fragment}"),
                    Map.entry("term", "“{term}”"),
                    Map.entry("termSeparator", ""),
                    Map.entry("fieldSeparator", "；"),
                    Map.entry("quoteSeparator", " | "),
                    Map.entry("field.title", "标题"),
                    Map.entry("field.abstract", "摘要"),
                    Map.entry("field.author", "作者"),
                    Map.entry("author", "作者中有您关注的 {name}"),
                    Map.entry("author.listed", "作者中有您关注的 {name}（署名为“{listed}”）"),
                    Map.entry("paper", "《{title}》"),
                    Map.entry("paper.id", "《{title}》（{id}）"),
                    Map.entry("role.seed", "种子论文"),
                    Map.entry("role.liked", "您喜欢的论文"),
                    Map.entry("seed", "与{role}{paper}相似"),
                    Map.entry("seed.terms", "与{role}{paper}相似，共同的词：{terms}"),
                    Map.entry("nearestDismissed", "得分降低 {percent}%：与您标记为不感兴趣的{paper}相似"),
                    Map.entry("nearestDismissed.terms", "得分降低 {percent}%：与您标记为不感兴趣的{paper}相似，共同的词：{terms}"),
                    Map.entry("dismissedItself", "根据您的反馈，得分降低 {percent}%：您已将这篇论文标记为不感兴趣"),
                    Map.entry("classifier", "根据您的反馈，得分降低 {percent}%：{like}"),
                    Map.entry("classifier.terms", "根据您的反馈，得分降低 {percent}%：{like}（关键词：{terms}）"),
                    Map.entry("like.unnamed", "与您标记为不感兴趣的论文相似"),
                    Map.entry("like.one", "与您标记为不感兴趣的{papers}相似"),
                    Map.entry("like.many", "与您标记为不感兴趣的{papers}相似"),
                    Map.entry("paperSeparator", "和"),
                    Map.entry("listSeparator", "、"),
                    Map.entry("score", "得分 {score}：兴趣 {interests}，种子相似度 {seed}，{author}"),
                    Map.entry("score.dismissed",
                            "得分 {score}：兴趣 {interests}，种子相似度 {seed}，{author}，与不感兴趣论文的相似度 {dismissed}"),
                    Map.entry("score.author", "有关注的作者"),
                    Map.entry("score.noAuthor", "无关注的作者"),
                    Map.entry("score.fairShare", "{score}；作为{interest}的最佳论文之一列入（该兴趣应得的名额）"),
                    Map.entry("excluded.sourceNotAmong", "来源 {source} 不在 {sources} 之列"),
                    Map.entry("excluded.source", "来源 {source} 已被排除"),
                    Map.entry("excluded.categoriesNotAmong", "分类 {categories} 均不在 {among} 之列"),
                    Map.entry("excluded.category", "分类 {category} 已被排除"),
                    Map.entry("excluded.exclusion", "排除规则“{names}”"),
                    Map.entry("exclusionSeparator", "”“"),
                    Map.entry("categoryList", "{items}")),
            "ja", Map.ofEntries(
                    Map.entry("interest", "関心テーマ「{name}」"),
                    Map.entry("interest.weighted", "関心テーマ「{name}」（重み {weight}）"),
                    Map.entry("interest.matched", "{interest}に一致"),
                    Map.entry("interest.terms", "{interest}に一致、{terms}"),
                    Map.entry("termsIn", "{field}に{terms}"),
                    Map.entry("termsIn.quote", "{field}に{terms}：{fragment}"),
                    Map.entry("term", "「{term}」"),
                    Map.entry("termSeparator", ""),
                    Map.entry("fieldSeparator", "、"),
                    Map.entry("quoteSeparator", " | "),
                    Map.entry("field.title", "タイトル"),
                    Map.entry("field.abstract", "要旨"),
                    Map.entry("field.author", "著者"),
                    Map.entry("author", "フォロー中の著者 {name} の論文"),
                    Map.entry("author.listed", "フォロー中の著者 {name} の論文（著者欄の表記は「{listed}」）"),
                    Map.entry("paper", "「{title}」"),
                    Map.entry("paper.id", "「{title}」（{id}）"),
                    Map.entry("role.seed", "シード論文"),
                    Map.entry("role.liked", "高評価した論文"),
                    Map.entry("seed", "{role}{paper}に類似"),
                    Map.entry("seed.terms", "{role}{paper}に類似（共通する語：{terms}）"),
                    Map.entry("nearestDismissed", "スコアを {percent}% 下げました：「興味なし」にした{paper}に類似"),
                    Map.entry("nearestDismissed.terms",
                            "スコアを {percent}% 下げました：「興味なし」にした{paper}に類似（共通する語：{terms}）"),
                    Map.entry("dismissedItself", "フィードバックによりスコアを {percent}% 下げました：この論文を「興味なし」にしました"),
                    Map.entry("classifier", "フィードバックによりスコアを {percent}% 下げました：{like}"),
                    Map.entry("classifier.terms", "フィードバックによりスコアを {percent}% 下げました：{like}（特徴語：{terms}）"),
                    Map.entry("like.unnamed", "「興味なし」にした論文に類似"),
                    Map.entry("like.one", "「興味なし」にした{papers}に類似"),
                    Map.entry("like.many", "「興味なし」にした{papers}に類似"),
                    Map.entry("paperSeparator", "と"),
                    Map.entry("listSeparator", "、"),
                    Map.entry("score", "スコア {score}：関心テーマ {interests}、シード類似度 {seed}、{author}"),
                    Map.entry("score.dismissed",
                            "スコア {score}：関心テーマ {interests}、シード類似度 {seed}、{author}、「興味なし」論文との類似度 {dismissed}"),
                    Map.entry("score.author", "フォロー中の著者あり"),
                    Map.entry("score.noAuthor", "フォロー中の著者なし"),
                    Map.entry("score.fairShare", "{score}、{interest}の上位論文として掲載（関心テーマごとの割り当て枠）"),
                    Map.entry("excluded.sourceNotAmong", "ソース {source} は {sources} に含まれません"),
                    Map.entry("excluded.source", "ソース {source} は除外対象です"),
                    Map.entry("excluded.categoriesNotAmong", "カテゴリ {categories} はいずれも {among} に含まれません"),
                    Map.entry("excluded.category", "カテゴリ {category} は除外対象です"),
                    Map.entry("excluded.exclusion", "除外ルール「{names}」"),
                    Map.entry("exclusionSeparator", "」「"),
                    Map.entry("categoryList", "{items}")));

    /** The English words: the radar's default. */
    static final ReasonWords ENGLISH = new ReasonWords("en");

    private final String language;
    private final Map<String, String> words;

    private ReasonWords(String language) {
        this.language = language;
        this.words = WORDS.get(language);
    }

    /** The words for a locale's language; English for a language without a table. */
    static ReasonWords of(Locale locale) {
        String lang = locale.getLanguage();
        return lang.equals("en") || !WORDS.containsKey(lang) ? ENGLISH : new ReasonWords(lang);
    }

    /** The language of these words: {@code en}, {@code zh} or {@code ja}. */
    String language() {
        return language;
    }

    /** The languages with a table of their own. */
    static Set<String> languages() {
        return new TreeSet<>(WORDS.keySet());
    }

    /** The entries of a language's table (for the test that every table has every entry). */
    static Set<String> keys(String language) {
        return WORDS.get(language).keySet();
    }

    /** A language's template for an entry (for the test that every table fills the same placeholders). */
    static String template(String language, String key) {
        return WORDS.get(language).get(key);
    }

    /**
     * An interest's reason: its name (and weight when not 1), and for each field the terms it matched there, followed
     * by the field's highlighted passage when there is one, e.g. {@code interest 'codes' matched "surface code" in the
     * title: A **Surface Code** Decoder}. Each field is named once, and the passage follows its terms.
     *
     * @param interest       the interest
     * @param termsByField   per field ({@link Analysis#TITLE}, {@link Analysis#ABSTRACT}, {@link Analysis#AUTHOR}), in
     *                       order, the matched terms; empty when nothing could be marked (a category-only query)
     * @param quotesByField  per field, the passage with its matches marked {@code **like this**} (a field of
     *                       {@code termsByField} without one is named with its terms only)
     */
    String interest(Interest interest, Map<String, List<String>> termsByField, Map<String, String> quotesByField) {
        String head = interest.weight() == 1.0
                ? fill("interest", "name", interest.name())
                : fill("interest.weighted", "name", interest.name(), "weight", String.valueOf(interest.weight()));
        if (termsByField.isEmpty()) {
            return fill("interest.matched", "interest", head);
        }
        StringBuilder fields = new StringBuilder();
        String separator = "";
        for (Map.Entry<String, List<String>> e : termsByField.entrySet()) {
            String terms = String.join(words.get("termSeparator"),
                    e.getValue().stream().map(t -> fill("term", "term", t)).toList());
            String field = words.get("field." + e.getKey());
            String quote = quotesByField.get(e.getKey());
            fields.append(separator).append(quote == null ? fill("termsIn", "terms", terms, "field", field)
                    : fill("termsIn.quote", "terms", terms, "field", field, "fragment", quote));
            // a quoted passage may hold the field separator itself: " | " tells where it ends
            separator = words.get(quote == null ? "fieldSeparator" : "quoteSeparator");
        }
        return fill("interest.terms", "interest", head, "terms", fields.toString());
    }

    /** A followed author's reason: the name as the profile writes it, and as the byline does when that differs. */
    String author(String followed, String listed) {
        return followed.equals(listed) ? fill("author", "name", followed)
                : fill("author.listed", "name", followed, "listed", listed);
    }

    /** A seed's reason: which seed (or liked paper) the paper is like, and through which terms. */
    String seed(boolean liked, Seed seed, List<String> terms) {
        String role = words.get(liked ? "role.liked" : "role.seed");
        return terms.isEmpty() ? fill("seed", "role", role, "paper", paper(seed))
                : fill("seed.terms", "role", role, "paper", paper(seed), "terms", list(terms));
    }

    /** A dismissal's reason under {@link DismissalModel#NEAREST_DISMISSED}: the nearest dismissed paper. */
    String nearestDismissed(long percent, Seed dismissed, List<String> terms) {
        return terms.isEmpty()
                ? fill("nearestDismissed", "percent", Long.toString(percent), "paper", paper(dismissed))
                : fill("nearestDismissed.terms", "percent", Long.toString(percent), "paper", paper(dismissed),
                        "terms", list(terms));
    }

    /** A dismissal's reason when the paper is itself one the reader dismissed. */
    String dismissedItself(long percent) {
        return fill("dismissedItself", "percent", Long.toString(percent));
    }

    /**
     * A dismissal's reason under {@link DismissalModel#CLASSIFIER}: the dismissed papers nearest to it and the
     * classifier's heaviest terms (either may be empty).
     */
    String classifier(long percent, List<Seed> nearest, List<String> terms) {
        String like = nearest.isEmpty() ? words.get("like.unnamed")
                : fill(nearest.size() == 1 ? "like.one" : "like.many", "papers",
                        String.join(words.get("paperSeparator"), nearest.stream().map(this::paper).toList()));
        return terms.isEmpty() ? fill("classifier", "percent", Long.toString(percent), "like", like)
                : fill("classifier.terms", "percent", Long.toString(percent), "like", like, "terms", list(terms));
    }

    /** The score's reason: the final score and the components it was made of. */
    String score(double score, double interests, double seed, boolean byAuthor, double dismissed) {
        String author = words.get(byAuthor ? "score.author" : "score.noAuthor");
        return dismissed > 0
                ? fill("score.dismissed", "score", twoPlaces(score), "interests", twoPlaces(interests),
                        "seed", twoPlaces(seed), "author", author, "dismissed", twoPlaces(dismissed))
                : fill("score", "score", twoPlaces(score), "interests", twoPlaces(interests), "seed", twoPlaces(seed),
                        "author", author);
    }

    /**
     * The score's reason for a paper below the cut by score, on the list for its lead interest's fair share
     * ({@link FairShare}).
     */
    String fairShare(String score, Interest interest) {
        return fill("score.fairShare", "score", score, "interest", fill("interest", "name", interest.name()));
    }

    /** Why the source filter removed a paper: its source is not among the profile's. */
    String sourceNotAmong(String source, List<String> sources) {
        return fill("excluded.sourceNotAmong", "source", source, "sources", list(sources));
    }

    /** Why the source filter removed a paper: its source is excluded. */
    String sourceExcluded(String source) {
        return fill("excluded.source", "source", source);
    }

    /** Why the category filter removed a paper: none of its categories is among the profile's. */
    String categoriesNotAmong(List<String> categories, List<String> among) {
        return fill("excluded.categoriesNotAmong", "categories", categoryList(categories),
                "among", categoryList(among));
    }

    /** Why the category filter removed a paper: one of its categories is excluded. */
    String categoryExcluded(String category) {
        return fill("excluded.category", "category", category);
    }

    /** Why exclusions removed a paper: their names. */
    String exclusions(List<String> names) {
        return fill("excluded.exclusion", "names", String.join(words.get("exclusionSeparator"), names));
    }

    private String paper(Seed seed) {
        return seed.id() == null ? fill("paper", "title", seed.title())
                : fill("paper.id", "title", seed.title(), "id", seed.id().toString());
    }

    private String list(List<String> items) {
        return String.join(words.get("listSeparator"), items);
    }

    private String categoryList(List<String> categories) {
        return fill("categoryList", "items", list(categories));
    }

    private static String twoPlaces(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** The entry with its {@code {name}} placeholders filled from name/value pairs. */
    private String fill(String key, String... namesAndValues) {
        return Placeholders.fill(words.get(key), namesAndValues);
    }
}
