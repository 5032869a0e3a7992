package io.academichub.llm.briefing;

import io.academichub.internal.Placeholders;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words a briefing or a daily digest prints around its content, in the reader's language: headings ("Themes",
 * 主题, テーマ), the labels of a paper list (Authors, 作者, 著者), the notices on how a briefing was made and why a
 * part fell back to the extractive path, the digest's title and headings, and the sentences the extractive path
 * writes. English, Chinese and Japanese are built in, each table with every entry; any other language gets the
 * English words ({@link #language()} then says {@code en}) — only the model's own text is then in that language.
 *
 * <p>Templates hold {@code {name}} placeholders filled by the methods below. A template whose words change with a
 * count comes as {@code key.one} and {@code key.other} ("1 paper", "2 papers"); a language without plural forms
 * (Chinese, Japanese) has the plain {@code key} only. Each language writes its own punctuation: the Chinese and
 * Japanese tables use full-width colons, commas and parentheses ({@link #label}, {@link #aside}).
 */
public final class BriefingLabels {

    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.ofEntries(
                    Map.entry("mixedNotice.one", "The model covered {m} of {n} papers; the other one ({papers}) was"
                            + " covered by the extractive path, in the parts marked “extractive”."),
                    Map.entry("mixedNotice.other", "The model covered {m} of {n} papers; the other {k} ({papers}) were"
                            + " covered by the extractive path, in the parts marked “extractive”."),
                    Map.entry("budgetNotice.one", "{n} paper beyond the model's budget was covered by the extractive path."),
                    Map.entry("budgetNotice.other", "{n} papers beyond the model's budget were covered by the extractive path."),
                    Map.entry("synthesisNotice", "Themes, bridges and the overview are extractive: {reason}."),
                    Map.entry("unusableNotice", "The model's notes on papers {papers} could not be used ({reason}); their TL;DR is extractive."),
                    Map.entry("reason.NOT_SCHEMA", "the reply did not follow the schema"),
                    Map.entry("reason.WRONG_LANGUAGE", "the reply was not written in {language}"),
                    Map.entry("reason.NOTHING_CITED", "the reply had no theme or overview statement citing the papers given"),
                    Map.entry("reason.CUT_OFF", "the reply was cut off by the token limit"),
                    Map.entry("reason.NOT_JSON", "the reply was not usable JSON"),
                    Map.entry("reason.PAPER_TOO_LONG", "the paper is too long for the model's context"),
                    Map.entry("reason.NOTE_TOO_LONG", "one note is too long for the model's context"),
                    Map.entry("reason.MERGE_TOO_LONG", "the batches' syntheses together are too long for the model's context to merge"),
                    Map.entry("reason.BUDGET_SPENT", "the model's token budget was spent before the synthesis"),
                    Map.entry("retry.FAILED_TOO", "{reason}, even after a firmer request"),
                    Map.entry("retry.NO_ROOM", "{reason}, and the budget left no room to ask again"),
                    Map.entry("extractiveMark", "extractive"),
                    Map.entry("writtenBy.extractive", "Extractive briefing (no language model)"),
                    Map.entry("writtenBy.llm", "Written by {model}"),
                    Map.entry("writtenBy.mixed", "Written by {model}, partly extractive"),
                    Map.entry("languageModel", "a language model"),
                    Map.entry("etAl", "et al. ({n})"),
                    Map.entry("digestTitle", "AcademicHub digest — {date}"),
                    Map.entry("radarFeedTitle", "AcademicHub radar: {profile}"),
                    Map.entry("digestPapers", "{title}: {papers}"),
                    Map.entry("digestMatches.one", "{title}: {n} new match"),
                    Map.entry("digestMatches.other", "{title}: {n} new matches"),
                    Map.entry("sources", "Sources"),
                    Map.entry("noAnnouncementAll", "No announcement today from {sources} (a weekend or a holiday)."),
                    Map.entry("noAnnouncementSome", "No announcement today from {sources} (a weekend or a holiday);"
                            + " below is what the other sources had."),
                    Map.entry("todaysPapers", "Today's papers ({n})"),
                    Map.entry("radar", "Radar: {profile} ({n} new)"),
                    Map.entry("nothingNew", "Nothing new for this profile today."),
                    Map.entry("why", "Why"),
                    Map.entry("score", "score"),
                    Map.entry("status.new", "new"),
                    Map.entry("status.updated", "updated"),
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
                    Map.entry("title", "Research briefing · {date} · {papers}"),
                    Map.entry("extractiveNotice", "Extractive briefing: no language model was used. Themes come from"
                            + " term statistics; each TL;DR quotes the key sentence of the abstract."),
                    Map.entry("removedNotice.one", "{n} citation to a paper not in the list was removed."),
                    Map.entry("removedNotice.other", "{n} citations to papers not in the list were removed."),
                    Map.entry("support", "Citations backed by the cited paper's text: {percent} of {n}"),
                    Map.entry("supportNone", "No citations to check against the papers"),
                    Map.entry("tokens", "Model tokens: {in} in, {out} out"),
                    Map.entry("count.paper.one", "{n} paper"),
                    Map.entry("count.paper.other", "{n} papers"),
                    Map.entry("count.field.one", "{n} field"),
                    Map.entry("count.field.other", "{n} fields"),
                    Map.entry("largestThemes.one", "The largest theme"),
                    Map.entry("largestThemes.other", "The largest themes"),
                    Map.entry("overviewCounts", "{papers} from {fields}. {largest}: {themes}."),
                    Map.entry("overviewCross.one", "{k} theme spans more than one field: {themes}."),
                    Map.entry("overviewCross.other", "{k} themes span more than one field: {themes}."),
                    Map.entry("themeFields", "{theme} ({fields})"),
                    Map.entry("themeQuoted", "“{theme}”"),
                    Map.entry("bridge", "In {a}, “{titleA}”; in {b}, “{titleB}”."),
                    Map.entry("someFields", "{fields} and {more} more"),
                    Map.entry("readFirstWhy", "Central to the theme “{theme}” ({papers}; {fields})."),
                    Map.entry("matchSummary", "{status}, score {score}."),
                    Map.entry("label", "{label}: "),
                    Map.entry("aside", " ({text})"),
                    Map.entry("separator", ", ")),
            "zh", Map.ofEntries(
                    Map.entry("mixedNotice", "模型处理了 {n} 篇论文中的 {m} 篇；其余 {k} 篇（{papers}）由抽取式方法处理，见标有“抽取式”的部分。"),
                    Map.entry("budgetNotice", "{n} 篇论文超出模型预算，由抽取式方法处理。"),
                    Map.entry("synthesisNotice", "主题、跨领域桥梁与概览为抽取式：{reason}。"),
                    Map.entry("unusableNotice", "模型对论文 {papers} 的笔记无法使用（{reason}）；其一句话总结为抽取式。"),
                    Map.entry("reason.NOT_SCHEMA", "回复不符合规定的格式"),
                    Map.entry("reason.WRONG_LANGUAGE", "回复不是用中文写的"),
                    Map.entry("reason.NOTHING_CITED", "回复中没有引用所给论文的主题或概览陈述"),
                    Map.entry("reason.CUT_OFF", "回复因令牌上限被截断"),
                    Map.entry("reason.NOT_JSON", "回复不是可用的 JSON"),
                    Map.entry("reason.PAPER_TOO_LONG", "论文超出模型的上下文长度"),
                    Map.entry("reason.NOTE_TOO_LONG", "单条笔记超出模型的上下文长度"),
                    Map.entry("reason.MERGE_TOO_LONG", "各批次的综合合在一起超出模型的上下文长度，无法合并"),
                    Map.entry("reason.BUDGET_SPENT", "模型的令牌预算在综合之前已用完"),
                    Map.entry("retry.FAILED_TOO", "{reason}，以更明确的指令重试后仍是如此"),
                    Map.entry("retry.NO_ROOM", "{reason}，且预算不足以再次请求"),
                    Map.entry("extractiveMark", "抽取式"),
                    Map.entry("writtenBy.extractive", "抽取式简报（未使用语言模型）"),
                    Map.entry("writtenBy.llm", "由 {model} 撰写"),
                    Map.entry("writtenBy.mixed", "由 {model} 撰写，部分为抽取式"),
                    Map.entry("languageModel", "语言模型"),
                    Map.entry("etAl", "等（共 {n} 人）"),
                    Map.entry("digestTitle", "AcademicHub 文献简报 — {date}"),
                    Map.entry("radarFeedTitle", "AcademicHub 雷达：{profile}"),
                    Map.entry("digestPapers", "{title}：{papers}"),
                    Map.entry("digestMatches", "{title}：{n} 篇新匹配"),
                    Map.entry("sources", "来源"),
                    Map.entry("noAnnouncementAll", "今天 {sources} 没有发布（周末或假日）。"),
                    Map.entry("noAnnouncementSome", "今天 {sources} 没有发布（周末或假日）；以下是其他来源的论文。"),
                    Map.entry("todaysPapers", "今日论文（{n} 篇）"),
                    Map.entry("radar", "雷达：{profile}（{n} 篇新论文）"),
                    Map.entry("nothingNew", "此配置今天没有新论文。"),
                    Map.entry("why", "匹配原因"),
                    Map.entry("score", "得分"),
                    Map.entry("status.new", "新"),
                    Map.entry("status.updated", "更新"),
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
                    Map.entry("title", "研究简报 · {date} · {papers}"),
                    Map.entry("extractiveNotice", "抽取式简报：未使用语言模型。主题来自词项统计；每篇的一句话总结引自摘要中的关键句（原文语言）。"),
                    Map.entry("removedNotice", "已删除 {n} 处指向列表外论文的引用。"),
                    Map.entry("support", "与所引论文原文相符的引用：{percent}（共 {n} 处）"),
                    Map.entry("supportNone", "没有需要与论文核对的引用"),
                    Map.entry("tokens", "模型令牌：输入 {in}，输出 {out}"),
                    Map.entry("count.paper", "{n} 篇论文"),
                    Map.entry("count.field", "{n} 个领域"),
                    Map.entry("largestThemes", "主要主题"),
                    Map.entry("overviewCounts", "共 {papers}，来自 {fields}。{largest}：{themes}。"),
                    Map.entry("themeFields", "{theme}（{fields}）"),
                    Map.entry("themeQuoted", "“{theme}”"),
                    Map.entry("overviewCross", "{k} 个主题跨越多个领域：{themes}。"),
                    Map.entry("bridge", "{a}：《{titleA}》；{b}：《{titleB}》。"),
                    Map.entry("someFields", "{fields}等 {n} 个领域"),
                    Map.entry("readFirstWhy", "“{theme}”主题的核心论文（{k} 篇；{fields}）。"),
                    Map.entry("matchSummary", "{status}，得分 {score}。"),
                    Map.entry("label", "{label}："),
                    Map.entry("aside", "（{text}）"),
                    Map.entry("separator", "、")),
            "ja", Map.ofEntries(
                    Map.entry("mixedNotice", "論文 {n} 本のうち {m} 本はモデルが扱い、残りの {k} 本（{papers}）は抽出型で扱いました（「抽出型」と記した部分）。"),
                    Map.entry("budgetNotice", "モデルの予算を超えた論文 {n} 本は抽出型で扱いました。"),
                    Map.entry("synthesisNotice", "テーマ・分野をつなぐ橋・概要は抽出型です：{reason}。"),
                    Map.entry("unusableNotice", "論文 {papers} についてのモデルのメモは使えませんでした（{reason}）。要点は抽出型です。"),
                    Map.entry("reason.NOT_SCHEMA", "応答が指定の形式に従っていませんでした"),
                    Map.entry("reason.WRONG_LANGUAGE", "応答が日本語で書かれていませんでした"),
                    Map.entry("reason.NOTHING_CITED", "応答に、与えた論文を引用するテーマや概要の文がありませんでした"),
                    Map.entry("reason.CUT_OFF", "応答がトークン上限で途中で切れました"),
                    Map.entry("reason.NOT_JSON", "応答が使える JSON ではありませんでした"),
                    Map.entry("reason.PAPER_TOO_LONG", "論文がモデルのコンテキストに収まりません"),
                    Map.entry("reason.NOTE_TOO_LONG", "メモ一件がモデルのコンテキストに収まりません"),
                    Map.entry("reason.MERGE_TOO_LONG", "各バッチの統合結果を合わせるとモデルのコンテキストに収まらず、まとめられません"),
                    Map.entry("reason.BUDGET_SPENT", "統合の前にモデルのトークン予算を使い切りました"),
                    Map.entry("retry.FAILED_TOO", "{reason}（より明確な指示で再試行しても同じでした）"),
                    Map.entry("retry.NO_ROOM", "{reason}（再度依頼する予算が残っていませんでした）"),
                    Map.entry("extractiveMark", "抽出型"),
                    Map.entry("writtenBy.extractive", "抽出型ブリーフィング（言語モデル不使用）"),
                    Map.entry("writtenBy.llm", "{model} が作成"),
                    Map.entry("writtenBy.mixed", "{model} が作成（一部抽出型）"),
                    Map.entry("languageModel", "言語モデル"),
                    Map.entry("etAl", "ほか（計 {n} 名）"),
                    Map.entry("digestTitle", "AcademicHub ダイジェスト — {date}"),
                    Map.entry("radarFeedTitle", "AcademicHub レーダー：{profile}"),
                    Map.entry("digestPapers", "{title}：{papers}"),
                    Map.entry("digestMatches", "{title}：新着一致 {n} 本"),
                    Map.entry("sources", "ソース"),
                    Map.entry("noAnnouncementAll", "本日は {sources} の公開がありません（週末または祝日）。"),
                    Map.entry("noAnnouncementSome", "本日は {sources} の公開がありません（週末または祝日）。以下は他のソースの論文です。"),
                    Map.entry("todaysPapers", "本日の論文（{n} 本）"),
                    Map.entry("radar", "レーダー：{profile}（新着 {n} 本）"),
                    Map.entry("nothingNew", "このプロファイルに本日の新着はありません。"),
                    Map.entry("why", "理由"),
                    Map.entry("score", "スコア"),
                    Map.entry("status.new", "新着"),
                    Map.entry("status.updated", "更新"),
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
                    Map.entry("title", "研究ブリーフィング · {date} · {papers}"),
                    Map.entry("extractiveNotice", "抽出型ブリーフィング：言語モデルは使用していません。テーマは語の統計から、各要点は要旨の重要文（原文のまま）から取っています。"),
                    Map.entry("removedNotice", "一覧にない論文への引用を {n} 件削除しました。"),
                    Map.entry("support", "引用先の論文の記述と一致する引用：{percent}（{n} 件中）"),
                    Map.entry("supportNone", "論文と照合する引用はありません"),
                    Map.entry("tokens", "モデルのトークン：入力 {in}、出力 {out}"),
                    Map.entry("count.paper", "論文 {n} 本"),
                    Map.entry("count.field", "{n} 分野"),
                    Map.entry("largestThemes", "主なテーマ"),
                    Map.entry("overviewCounts", "{fields}の{papers}。{largest}：{themes}。"),
                    Map.entry("themeFields", "{theme}（{fields}）"),
                    Map.entry("themeQuoted", "「{theme}」"),
                    Map.entry("overviewCross", "{k} 件のテーマが複数の分野にまたがる：{themes}。"),
                    Map.entry("bridge", "{a}：「{titleA}」、{b}：「{titleB}」。"),
                    Map.entry("someFields", "{fields}など {n} 分野"),
                    Map.entry("readFirstWhy", "テーマ「{theme}」の中心的な論文（{k} 本、{fields}）。"),
                    Map.entry("matchSummary", "{status}、スコア {score}。"),
                    Map.entry("label", "{label}："),
                    Map.entry("aside", "（{text}）"),
                    Map.entry("separator", "、")));

    private final String language;
    private final Map<String, String> words;

    /**
     * The keys of the table of {@code language} ({@code en}, {@code zh}, {@code ja}), for checking they agree; plural
     * forms ({@code key.one}, {@code key.other}) count as the plain key.
     */
    static Set<String> keys(String language) {
        return WORDS.get(language).keySet().stream().map(k -> k.replaceFirst("\\.(one|other)$", ""))
                .collect(Collectors.toSet());
    }

    /** The keys of the table of {@code language} exactly as written, plural forms included. */
    static Set<String> rawKeys(String language) {
        return WORDS.get(language).keySet();
    }

    /** The template of {@code key} in the table of {@code language}, as written. */
    static String template(String language, String key) {
        return WORDS.get(language).get(key);
    }

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
     * How far the briefing's citations are backed by the papers they cite, said so that a reader needs no other
     * explanation: "Citations backed by the cited paper's text: 96% of 24" / 与所引论文原文相符的引用：96%（共 24 处）;
     * "No citations to check against the papers" when nothing was cited.
     *
     * @param share the share of (statement, cited paper) pairs the paper's text backs, from 0 to 1
     * @param pairs how many such pairs there are
     * @return the sentence on citation support
     */
    public String citationSupport(double share, int pairs) {
        if (pairs == 0) {
            return words.get("supportNone");
        }
        return fill("support", "percent", String.format(Locale.ROOT, "%.0f%%", 100 * share),
                "n", Integer.toString(pairs));
    }

    /**
     * The tokens a model used: "Model tokens: 1200 in, 300 out" / 模型令牌：输入 1200，输出 300.
     *
     * @param prompt     tokens sent to the model
     * @param completion tokens the model wrote
     * @return the tokens a model used, in words
     */
    public String tokens(long prompt, long completion) {
        return fill("tokens", "in", Long.toString(prompt), "out", Long.toString(completion));
    }

    /**
     * The default title of a briefing on {@code n} papers of {@code date}.
     *
     * @param date the day the briefing is for
     * @param n the count
     * @return the default title of a briefing on {@code n} papers of {@code date}
     */
    public String title(String date, int n) {
        return fill("title", "date", date, "papers", count("paper", n));
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
     * The notice on a briefing a model wrote in part: how many papers the model covered, and which the extractive
     * path covered ("[3], [7]").
     *
     * @param byModel the papers the model wrote a note on
     * @param total   all the papers
     * @param papers  the others, as citations, e.g. {@code [3], [7]}
     * @return the notice on a briefing a model wrote in part
     */
    public String mixedNotice(int byModel, int total, String papers) {
        return fill(plural("mixedNotice", total - byModel), "m", Integer.toString(byModel), "n", Integer.toString(total),
                "k", Integer.toString(total - byModel), "papers", papers);
    }

    /**
     * The notice that {@code n} papers were beyond the model's budget.
     *
     * @param n the count
     * @return the notice that {@code n} papers were beyond the model's budget
     */
    public String budgetNotice(int n) {
        return fill(plural("budgetNotice", n), "n", Integer.toString(n));
    }

    /**
     * The notice that the synthesis across papers fell back to the extractive path, and why.
     *
     * @param reason why, in these labels' language
     * @return the notice that the synthesis across papers fell back to the extractive path, and why
     */
    public String synthesisNotice(String reason) {
        return fill("synthesisNotice", "reason", reason);
    }

    /**
     * The notice that the model's notes on some papers ("[3], [7]") could not be used, and why.
     *
     * @param papers the papers as citations, e.g. {@code [3], [7]}
     * @param reason why, in these labels' language
     * @return the notice that the model's notes on some papers could not be used, and why
     */
    public String unusableNotice(String papers, String reason) {
        return fill("unusableNotice", "papers", papers, "reason", reason);
    }

    /** Why a part fell back to the extractive path, in these labels' language; {@code languageName} for en. */
    String reason(Fallback fallback, String languageName) {
        String reason = fill("reason." + fallback.cause().name(), "language", languageName);
        return fallback.retry() == Fallback.Retry.NONE ? reason
                : fill("retry." + fallback.retry().name(), "reason", reason);
    }

    /**
     * The mark on a theme, bridge or pick the extractive path wrote in a briefing a model wrote in part:
     * "extractive" / 抽取式 / 抽出型.
     *
     * @return the mark on a part the extractive path wrote
     */
    public String extractiveMark() {
        return words.get("extractiveMark");
    }

    /**
     * How a briefing was written, for its footer: "Extractive briefing (no language model)", "Written by
     * openai/gpt-4o", "Written by openai/gpt-4o, partly extractive".
     *
     * @param path  how the briefing was written
     * @param model {@code provider/model} that wrote it, or {@code null} when unknown ("a language model")
     * @return how the briefing was written, in words
     */
    public String writtenBy(BriefingPath path, String model) {
        return fill("writtenBy." + path.wireName(), "model", model == null ? words.get("languageModel") : model);
    }

    /**
     * What ends a shortened byline: "et al. (40)" / 等（共 40 人） / ほか（計 40 名）.
     *
     * @param authors how many authors there are in all
     * @return what ends a shortened byline
     */
    public String etAl(int authors) {
        return fill("etAl", "n", Integer.toString(authors));
    }

    /**
     * The title of a daily digest: "AcademicHub digest — 2026-06-19".
     *
     * @param date the day
     * @return the title of a daily digest
     */
    public String digestTitle(String date) {
        return fill("digestTitle", "date", date);
    }

    /**
     * The title of a radar profile's Atom feed: "AcademicHub radar: quantum-error-correction".
     *
     * @param profile the profile's name
     * @return the title of the profile's feed
     */
    public String radarFeedTitle(String profile) {
        return fill("radarFeedTitle", "profile", profile);
    }

    /**
     * A digest's one-line subject: its title and how many papers ("…: 24 papers") or new radar matches
     * ("…: 5 new matches") it lists.
     *
     * @param title   the digest's title
     * @param n       how many
     * @param matches whether they are radar matches rather than all the day's papers
     * @return a digest's one-line subject
     */
    public String digestSubject(String title, int n, boolean matches) {
        return fill(matches ? plural("digestMatches", n) : "digestPapers", "title", title, "n", Integer.toString(n),
                "papers", count("paper", n));
    }

    /**
     * "Sources" / 来源 / ソース.
     *
     * @return "Sources"
     */
    public String sources() {
        return words.get("sources");
    }

    /**
     * The sentence on sources that announced nothing today (a weekend or a holiday).
     *
     * @param sources the sources, joined
     * @param all     whether no source announced anything
     * @return the sentence on sources that announced nothing today
     */
    public String noAnnouncement(String sources, boolean all) {
        return fill(all ? "noAnnouncementAll" : "noAnnouncementSome", "sources", sources);
    }

    /**
     * The heading of the list of all today's papers: "Today's papers (24)".
     *
     * @param n how many
     * @return the heading of the list of all today's papers
     */
    public String todaysPapers(int n) {
        return fill("todaysPapers", "n", Integer.toString(n));
    }

    /**
     * The heading of a radar profile's new matches: "Radar: example (5 new)".
     *
     * @param profile the profile's name
     * @param n       how many new matches
     * @return the heading of a radar profile's new matches
     */
    public String radar(String profile, int n) {
        return fill("radar", "profile", profile, "n", Integer.toString(n));
    }

    /**
     * "Nothing new for this profile today."
     *
     * @return "Nothing new for this profile today."
     */
    public String nothingNew() {
        return words.get("nothingNew");
    }

    /**
     * "Why" — the label of the reason a radar matched a paper.
     *
     * @return "Why"
     */
    public String why() {
        return words.get("why");
    }

    /**
     * "score" — the label of a radar match's score.
     *
     * @return "score"
     */
    public String score() {
        return words.get("score");
    }

    /**
     * A radar match's status and score as one sentence: "new, score 0.92." / 新，得分 0.92。 / 新着、スコア 0.92。
     *
     * @param statusWireName the status's JSON name ({@code new}, {@code updated})
     * @param score          the match's score
     * @return the status and the score, in the language's punctuation
     */
    public String matchSummary(String statusWireName, double score) {
        return fill("matchSummary", "status", matchStatus(statusWireName),
                "score", String.format(Locale.ROOT, "%.2f", score));
    }

    /**
     * A label before its value, with the language's colon: "Authors: " / 作者： / 著者： (a full-width colon takes no
     * space after it).
     *
     * @param name the label, e.g. {@link #authors()}
     * @return the label followed by its colon, ready for the value
     */
    public String label(String name) {
        return fill("label", "label", name);
    }

    /**
     * A parenthetical after a word, in the language's parentheses: " (extractive)" with its leading space /
     * （抽取式）.
     *
     * @param text what goes in parentheses
     * @return the parenthetical, to append right after the word
     */
    public String aside(String text) {
        return fill("aside", "text", text);
    }

    /**
     * A radar match's status ({@code new}, {@code updated}) in words; another status as given.
     *
     * @param wireName the status's JSON name
     * @return the status in words
     */
    public String matchStatus(String wireName) {
        return words.getOrDefault("status." + wireName, wireName);
    }

    /**
     * The notice that {@code n} citations were removed.
     *
     * @param n the count
     * @return the notice that {@code n} citations were removed
     */
    public String removedNotice(int n) {
        return fill(plural("removedNotice", n), "n", Integer.toString(n));
    }

    /**
     * The extractive overview's first sentence: "30 papers from 4 fields. The largest themes: “token · kv cache”,
     * “quantum error correction · gate”."
     *
     * @param papers how many papers
     * @param fields how many fields
     * @param themes the largest themes' names, which the sentence quotes
     * @return the extractive overview's first sentence
     */
    public String overviewCounts(int papers, int fields, List<String> themes) {
        return fill("overviewCounts", "papers", count("paper", papers), "fields", count("field", fields),
                "largest", words.get(plural("largestThemes", themes.size())), "themes",
                join(themes.stream().map(this::quoted).toList()));
    }

    // A theme's name in a sentence, quoted: its " · " would otherwise run into the list's commas.
    private String quoted(String theme) {
        return fill("themeQuoted", "theme", theme);
    }

    /**
     * The extractive overview's sentence on themes that cross fields.
     *
     * @param count the count
     * @param themes the themes
     * @return the extractive overview's sentence on themes that cross fields
     */
    public String overviewCross(int count, List<String> themes) {
        return fill(plural("overviewCross", count), "k", Integer.toString(count), "themes", join(themes));
    }

    /**
     * A theme named with its fields: "“quantum · spin” (quantum physics, condensed matter)" / “量子”（量子物理、凝聚态物理）;
     * the fields as {@link #someFields} gives them.
     *
     * @param theme  the theme's name
     * @param fields its fields, the one with most papers first
     * @return the theme's name followed by its fields in parentheses
     */
    public String themeWithFields(String theme, List<String> fields) {
        return fill("themeFields", "theme", quoted(theme), "fields", someFields(fields));
    }

    /** How many fields a sentence names before it only counts the rest ({@link #someFields}). */
    private static final int FIELDS_NAMED = 3;

    /**
     * Fields for a sentence: all of them when they are few, else the first three and how many more —
     * "computer science, physics, mathematics and 8 more" / 计算机科学、物理学、数学等 11 个领域. A theme of a whole day
     * can span twenty fields, which no sentence should list; the theme's own heading lists them all.
     *
     * @param fields the fields, the one with most papers first
     * @return the fields joined with the language's separator, the rest counted
     */
    public String someFields(List<String> fields) {
        if (fields.size() <= FIELDS_NAMED + 1) {
            return join(fields); // "and 1 more" would be no shorter than the field it stands for
        }
        return fill("someFields", "fields", join(fields.subList(0, FIELDS_NAMED)),
                "more", Integer.toString(fields.size() - FIELDS_NAMED), "n", Integer.toString(fields.size()));
    }

    /**
     * The extractive sentence on a bridge: the paper on each side, with its field. The idea it is about is not in
     * the sentence: a bridge shows it beside the sentence ({@link Bridge#idea()}).
     *
     * @param fieldA the field the idea comes from
     * @param fieldB the field it is used in
     * @param titleA the title of the paper on the first side
     * @param titleB the title of the paper on the second side
     * @return the extractive sentence on a bridge
     */
    public String bridge(String fieldA, String fieldB, String titleA, String titleB) {
        String sentence = fill("bridge", "a", fieldA, "b", fieldB, "titleA", titleA, "titleB", titleB);
        // a title that ends its own sentence ("… the black hole?") needs no full stop after its closing quote
        return sentence.matches("(?s).*[.?!]”\\.") ? sentence.substring(0, sentence.length() - 1) : sentence;
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
        return fill("readFirstWhy", "theme", theme, "k", Integer.toString(papers), "papers", count("paper", papers),
                "fields", someFields(fields));
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

    /** "1 paper", "2 papers" / 2 篇论文: a count with its noun ({@code count.paper}, {@code count.field}). */
    private String count(String noun, int n) {
        return fill(plural("count." + noun, n), "n", Integer.toString(n));
    }

    /**
     * The key of the form of {@code key} for a count: {@code key.one} for 1 and {@code key.other} otherwise (English
     * and the fallback), or {@code key} itself in a language without plural forms.
     */
    private String plural(String key, int n) {
        return words.containsKey(key) ? key : key + (n == 1 ? ".one" : ".other");
    }

    // One pass (Placeholders): a value holding braces, such as a title, is never read as a placeholder.
    private String fill(String key, String... namesAndValues) {
        return Placeholders.fill(words.get(key), namesAndValues);
    }
}
