package io.academichub.llm.briefing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words a briefing prints around its content, in the reader's language: headings ("Themes", 主题, テーマ), the
 * labels of a paper list (Authors, 作者, 著者), and the sentences the extractive path writes. English, Chinese and
 * Japanese are built in; any other language gets the English words ({@link #language()} then says {@code en}).
 *
 * <p>Templates hold {@code {name}} placeholders filled by the methods below.
 */
public final class BriefingLabels {

    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.ofEntries(
                    Map.entry("authors", "Authors"),
                    Map.entry("abstract", "Abstract"),
                    Map.entry("overview", "Overview"),
                    Map.entry("themes", "Themes"),
                    Map.entry("bridges", "Bridges between fields"),
                    Map.entry("readFirst", "Read first"),
                    Map.entry("papers", "Papers"),
                    Map.entry("tldr", "TL;DR"),
                    Map.entry("fields", "Fields"),
                    Map.entry("briefing", "Briefing"),
                    Map.entry("title", "Research briefing · {date} · {n} papers"),
                    Map.entry("extractiveNotice", "Extractive briefing: no language model was used. Themes come from"
                            + " term statistics; each TL;DR quotes the key sentence of the abstract."),
                    Map.entry("mixedNotice", "Partly extractive: papers {papers} were covered without a model."),
                    Map.entry("budgetNotice", "{n} papers beyond the model's budget were covered without a model."),
                    Map.entry("synthesisNotice", "Themes, bridges and the overview are extractive: {reason}."),
                    Map.entry("unusableNotice", "The model's notes on papers {papers} could not be used ({reason}); their TL;DR is extractive."),
                    Map.entry("removedNotice", "{n} citations to papers not in the list were removed."),
                    Map.entry("support", "Citation support"),
                    Map.entry("tokens", "Tokens"),
                    Map.entry("madeBy", "Written by {model}"),
                    Map.entry("overviewCounts", "{n} papers from {f} fields. The largest themes: {themes}."),
                    Map.entry("overviewCross", "{k} themes span more than one field: {themes}."),
                    Map.entry("bridge", "“{idea}” links {a} and {b}: “{titleA}” and “{titleB}”."),
                    Map.entry("readFirstWhy", "Central to the theme “{theme}” ({k} papers; {fields})."),
                    Map.entry("separator", ", ")),
            "zh", Map.ofEntries(
                    Map.entry("authors", "作者"),
                    Map.entry("abstract", "摘要"),
                    Map.entry("overview", "概览"),
                    Map.entry("themes", "主题"),
                    Map.entry("bridges", "跨领域桥梁"),
                    Map.entry("readFirst", "优先阅读"),
                    Map.entry("papers", "论文"),
                    Map.entry("tldr", "一句话总结"),
                    Map.entry("fields", "领域"),
                    Map.entry("briefing", "简报"),
                    Map.entry("title", "研究简报 · {date} · {n} 篇论文"),
                    Map.entry("extractiveNotice", "抽取式简报：未使用语言模型。主题来自词项统计；每篇的一句话总结引自摘要中的关键句（原文语言）。"),
                    Map.entry("mixedNotice", "部分为抽取式：论文 {papers} 未经模型处理。"),
                    Map.entry("budgetNotice", "{n} 篇论文超出模型预算，未经模型处理。"),
                    Map.entry("synthesisNotice", "主题、跨领域桥梁与概览为抽取式：{reason}。"),
                    Map.entry("unusableNotice", "模型对论文 {papers} 的笔记无法使用（{reason}）；其一句话总结为抽取式。"),
                    Map.entry("removedNotice", "已删除 {n} 处指向列表外论文的引用。"),
                    Map.entry("support", "引用支持度"),
                    Map.entry("tokens", "令牌"),
                    Map.entry("madeBy", "由 {model} 撰写"),
                    Map.entry("overviewCounts", "共 {n} 篇论文，来自 {f} 个领域。主要主题：{themes}。"),
                    Map.entry("overviewCross", "{k} 个主题跨越多个领域：{themes}。"),
                    Map.entry("bridge", "“{idea}”连接了 {a} 与 {b}：《{titleA}》和《{titleB}》。"),
                    Map.entry("readFirstWhy", "“{theme}”主题的核心论文（{k} 篇；{fields}）。"),
                    Map.entry("separator", "、")),
            "ja", Map.ofEntries(
                    Map.entry("authors", "著者"),
                    Map.entry("abstract", "要旨"),
                    Map.entry("overview", "概要"),
                    Map.entry("themes", "テーマ"),
                    Map.entry("bridges", "分野をつなぐ橋"),
                    Map.entry("readFirst", "まず読むべき論文"),
                    Map.entry("papers", "論文"),
                    Map.entry("tldr", "要点"),
                    Map.entry("fields", "分野"),
                    Map.entry("briefing", "ブリーフィング"),
                    Map.entry("title", "研究ブリーフィング · {date} · 論文 {n} 本"),
                    Map.entry("extractiveNotice", "抽出型ブリーフィング：言語モデルは使用していません。テーマは語の統計から、各要点は要旨の重要文（原文のまま）から取っています。"),
                    Map.entry("mixedNotice", "一部は抽出型：論文 {papers} はモデルを使わずに扱いました。"),
                    Map.entry("budgetNotice", "モデルの予算を超えた論文 {n} 本はモデルを使わずに扱いました。"),
                    Map.entry("synthesisNotice", "テーマ・分野をつなぐ橋・概要は抽出型です：{reason}。"),
                    Map.entry("unusableNotice", "論文 {papers} についてのモデルのメモは使えませんでした（{reason}）。要点は抽出型です。"),
                    Map.entry("removedNotice", "一覧にない論文への引用を {n} 件削除しました。"),
                    Map.entry("support", "引用の裏付け率"),
                    Map.entry("tokens", "トークン"),
                    Map.entry("madeBy", "{model} が作成"),
                    Map.entry("overviewCounts", "{f} 分野の論文 {n} 本。主なテーマ：{themes}。"),
                    Map.entry("overviewCross", "{k} 件のテーマが複数の分野にまたがる：{themes}。"),
                    Map.entry("bridge", "「{idea}」が {a} と {b} をつなぐ：「{titleA}」と「{titleB}」。"),
                    Map.entry("readFirstWhy", "テーマ「{theme}」の中心的な論文（{k} 本、{fields}）。"),
                    Map.entry("separator", "、")));

    private final String language;
    private final Map<String, String> words;

    private BriefingLabels(String language) {
        this.language = language;
        this.words = WORDS.get(language);
    }

    /**
     * The labels for a language code ({@code en}, {@code zh}, {@code zh-CN}, {@code ja} …); English for a language
     * without built-in labels.
     *
     * @param language an ISO 639 code such as {@code en}, {@code zh} or {@code zh-CN}
     * @return the labels for a language code ({@code en}, {@code zh}, {@code zh-CN}, {@code ja} …); English for a language without built-in labels
     */
    public static BriefingLabels forLanguage(String language) {
        String lang = language.toLowerCase(Locale.ROOT);
        int dash = lang.indexOf('-');
        if (dash > 0) {
            lang = lang.substring(0, dash);
        }
        return new BriefingLabels(WORDS.containsKey(lang) ? lang : "en");
    }

    /**
     * The language these labels are in: {@code en}, {@code zh} or {@code ja}.
     *
     * @return the language these labels are in: {@code en}, {@code zh} or {@code ja}
     */
    public String language() {
        return language;
    }

    /**
     * "Authors" / 作者 / 著者.
     *
     * @return "Authors" / 作者 / 著者
     */
    public String authors() {
        return words.get("authors");
    }

    /**
     * "Abstract" / 摘要 / 要旨.
     *
     * @return "Abstract" / 摘要 / 要旨
     */
    public String abstractLabel() {
        return words.get("abstract");
    }

    /**
     * "Overview".
     *
     * @return "Overview"
     */
    public String overview() {
        return words.get("overview");
    }

    /**
     * "Themes".
     *
     * @return "Themes"
     */
    public String themes() {
        return words.get("themes");
    }

    /**
     * "Bridges between fields".
     *
     * @return "Bridges between fields"
     */
    public String bridges() {
        return words.get("bridges");
    }

    /**
     * "Read first".
     *
     * @return "Read first"
     */
    public String readFirst() {
        return words.get("readFirst");
    }

    /**
     * "Papers".
     *
     * @return "Papers"
     */
    public String papers() {
        return words.get("papers");
    }

    /**
     * "TL;DR".
     *
     * @return "TL;DR"
     */
    public String tldr() {
        return words.get("tldr");
    }

    /**
     * "Fields".
     *
     * @return "Fields"
     */
    public String fields() {
        return words.get("fields");
    }

    /**
     * "Briefing".
     *
     * @return "Briefing"
     */
    public String briefing() {
        return words.get("briefing");
    }

    /**
     * "Citation support".
     *
     * @return "Citation support"
     */
    public String citationSupport() {
        return words.get("support");
    }

    /**
     * "Tokens".
     *
     * @return "Tokens"
     */
    public String tokens() {
        return words.get("tokens");
    }

    /**
     * The default title of a briefing on {@code n} papers of {@code date}.
     *
     * @param date the day the briefing is for
     * @param n the count
     * @return the default title of a briefing on {@code n} papers of {@code date}
     */
    public String title(String date, int n) {
        return fill("title", "date", date, "n", Integer.toString(n));
    }

    /**
     * The notice on an extractive briefing.
     *
     * @return the notice on an extractive briefing
     */
    public String extractiveNotice() {
        return words.get("extractiveNotice");
    }

    /**
     * The notice on a mixed briefing, naming the papers covered without a model ("[3], [7]").
     *
     * @param papers the papers as citations, e.g. {@code [3], [7]}
     * @return the notice on a mixed briefing, naming the papers covered without a model ("[3], [7]")
     */
    public String mixedNotice(String papers) {
        return fill("mixedNotice", "papers", papers);
    }

    /**
     * The notice that {@code n} papers were beyond the model's budget.
     *
     * @param n the count
     * @return the notice that {@code n} papers were beyond the model's budget
     */
    public String budgetNotice(int n) {
        return fill("budgetNotice", "n", Integer.toString(n));
    }

    /**
     * The notice that the synthesis across papers fell back to the extractive path, and why (in English).
     *
     * @param reason why, in English
     * @return the notice that the synthesis across papers fell back to the extractive path, and why (in English)
     */
    public String synthesisNotice(String reason) {
        return fill("synthesisNotice", "reason", reason);
    }

    /**
     * The notice that the model's notes on some papers ("[3], [7]") could not be used, and why (in English).
     *
     * @param papers the papers as citations, e.g. {@code [3], [7]}
     * @param reason why, in English
     * @return the notice that the model's notes on some papers ("[3], [7]") could not be used, and why (in English)
     */
    public String unusableNotice(String papers, String reason) {
        return fill("unusableNotice", "papers", papers, "reason", reason);
    }

    /**
     * The notice that {@code n} citations were removed.
     *
     * @param n the count
     * @return the notice that {@code n} citations were removed
     */
    public String removedNotice(int n) {
        return fill("removedNotice", "n", Integer.toString(n));
    }

    /**
     * "Written by {model}".
     *
     * @param model the model asked for
     * @return "Written by {model}"
     */
    public String madeBy(String model) {
        return fill("madeBy", "model", model);
    }

    /**
     * The extractive overview's first sentence.
     *
     * @param papers the papers as citations, e.g. {@code [3], [7]}
     * @param fields the fields
     * @param themes the themes
     * @return the extractive overview's first sentence
     */
    public String overviewCounts(int papers, int fields, List<String> themes) {
        return fill("overviewCounts", "n", Integer.toString(papers), "f", Integer.toString(fields),
                "themes", join(themes));
    }

    /**
     * The extractive overview's sentence on themes that cross fields.
     *
     * @param count the count
     * @param themes the themes
     * @return the extractive overview's sentence on themes that cross fields
     */
    public String overviewCross(int count, List<String> themes) {
        return fill("overviewCross", "k", Integer.toString(count), "themes", join(themes));
    }

    /**
     * The extractive sentence on a bridge.
     *
     * @param idea the method, dataset or idea
     * @param fieldA the field the idea comes from
     * @param fieldB the field it is used in
     * @param titleA the title of the paper on the first side
     * @param titleB the title of the paper on the second side
     * @return the extractive sentence on a bridge
     */
    public String bridge(String idea, String fieldA, String fieldB, String titleA, String titleB) {
        return fill("bridge", "idea", idea, "a", fieldA, "b", fieldB, "titleA", titleA, "titleB", titleB);
    }

    /**
     * The extractive reason to read a paper first.
     *
     * @param theme the theme's name
     * @param papers the papers as citations, e.g. {@code [3], [7]}
     * @param fields the fields
     * @return the extractive reason to read a paper first
     */
    public String readFirstWhy(String theme, int papers, List<String> fields) {
        return fill("readFirstWhy", "theme", theme, "k", Integer.toString(papers), "fields", join(fields));
    }

    /**
     * Joins items with the language's list separator.
     *
     * @param items the items
     * @return the items joined with the language's list separator
     */
    public String join(List<String> items) {
        return String.join(words.get("separator"), items);
    }

    private String fill(String key, String... namesAndValues) {
        String s = words.get(key);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            s = s.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
        }
        return s;
    }
}
