package io.academichub.llm.internal;

import java.util.Map;

/**
 * Readable names of the fields {@link PaperFields} gives, in English, Chinese and Japanese: every arXiv archive
 * ({@code cs} is "computer science", 计算机科学, 計算機科学), the current ones and those arXiv has since folded into
 * others (an old paper's id, such as {@code solv-int/9901001}, still names one), and the field of a paper that gives
 * none. A journal's or bioRxiv's subject is already a name and is kept as written; any other language gets the
 * English names.
 */
public final class FieldNames {

    /** Archive code → {English, Chinese, Japanese}. */
    private static final Map<String, String[]> NAMES = Map.ofEntries(
            // arXiv's archives today (arxiv.org/category_taxonomy)
            Map.entry("astro-ph", names("astrophysics", "天体物理学", "天体物理学")),
            Map.entry("cond-mat", names("condensed matter", "凝聚态物理", "物性物理学")),
            Map.entry("cs", names("computer science", "计算机科学", "計算機科学")),
            Map.entry("econ", names("economics", "经济学", "経済学")),
            Map.entry("eess", names("electrical engineering", "电气工程", "電気電子工学")),
            Map.entry("gr-qc", names("general relativity", "广义相对论", "一般相対性理論")),
            Map.entry("hep-ex", names("particle physics (experiment)", "高能物理（实验）", "素粒子物理学（実験）")),
            Map.entry("hep-lat", names("lattice field theory", "格点场论", "格子場の理論")),
            Map.entry("hep-ph", names("particle physics (phenomenology)", "高能物理（唯象）", "素粒子物理学（現象論）")),
            Map.entry("hep-th", names("particle physics (theory)", "高能物理（理论）", "素粒子物理学（理論）")),
            Map.entry("math", names("mathematics", "数学", "数学")),
            Map.entry("math-ph", names("mathematical physics", "数学物理", "数理物理学")),
            Map.entry("nlin", names("nonlinear sciences", "非线性科学", "非線形科学")),
            Map.entry("nucl-ex", names("nuclear physics (experiment)", "核物理（实验）", "原子核物理学（実験）")),
            Map.entry("nucl-th", names("nuclear physics (theory)", "核物理（理论）", "原子核物理学（理論）")),
            Map.entry("physics", names("physics", "物理学", "物理学")),
            Map.entry("q-bio", names("quantitative biology", "定量生物学", "定量生物学")),
            Map.entry("q-fin", names("quantitative finance", "量化金融", "計量ファイナンス")),
            Map.entry("quant-ph", names("quantum physics", "量子物理", "量子物理学")),
            Map.entry("stat", names("statistics", "统计学", "統計学")),
            // archives arXiv has folded into the ones above; old papers still carry them
            Map.entry("acc-phys", names("accelerator physics", "加速器物理", "加速器物理学")),
            Map.entry("adap-org", names("adaptive systems", "自适应系统", "適応系")),
            Map.entry("alg-geom", names("algebraic geometry", "代数几何", "代数幾何学")),
            Map.entry("ao-sci", names("atmospheric and oceanic physics", "大气与海洋物理", "大気海洋物理学")),
            Map.entry("atom-ph", names("atomic physics", "原子物理", "原子物理学")),
            Map.entry("bayes-an", names("Bayesian analysis", "贝叶斯分析", "ベイズ解析")),
            Map.entry("chao-dyn", names("chaotic dynamics", "混沌动力学", "カオス力学")),
            Map.entry("chem-ph", names("chemical physics", "化学物理", "化学物理学")),
            Map.entry("cmp-lg", names("computational linguistics", "计算语言学", "計算言語学")),
            Map.entry("comp-gas", names("cellular automata and lattice gases", "元胞自动机与格子气", "セルオートマトンと格子ガス")),
            Map.entry("dg-ga", names("differential geometry", "微分几何", "微分幾何学")),
            Map.entry("funct-an", names("functional analysis", "泛函分析", "関数解析")),
            Map.entry("mtrl-th", names("materials theory", "材料理论", "材料理論")),
            Map.entry("patt-sol", names("pattern formation and solitons", "斑图形成与孤子", "パターン形成とソリトン")),
            Map.entry("plasm-ph", names("plasma physics", "等离子体物理", "プラズマ物理学")),
            Map.entry("q-alg", names("quantum algebra", "量子代数", "量子代数")),
            Map.entry("solv-int", names("exactly solvable systems", "可积系统", "可積分系")),
            Map.entry("supr-con", names("superconductivity", "超导", "超伝導")),
            // a paper that names no field (PaperFields.UNKNOWN)
            Map.entry(PaperFields.UNKNOWN, names("field not given", "领域未注明", "分野不明")));

    private FieldNames() {
    }

    private static String[] names(String en, String zh, String ja) {
        return new String[] {en, zh, ja};
    }

    /**
     * The readable name of {@code field} in {@code language}.
     *
     * @param field    a field as {@link PaperFields#of} gives it
     * @param language the reader's language ({@code en}, {@code zh}, {@code ja}; others get English)
     * @return the field's name: an arXiv archive's in that language, anything else as given
     */
    public static String of(String field, String language) {
        String[] names = NAMES.get(field);
        if (names == null) {
            return field;
        }
        return switch (language) {
            case "zh" -> names[1];
            case "ja" -> names[2];
            default -> names[0];
        };
    }
}
