package io.academichub.testing;

import io.academichub.model.AnnounceType;
import io.academichub.model.Author;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Ready-made valid papers for tests, to change with {@link Paper#toBuilder()}. */
public final class SamplePapers {

    private SamplePapers() {
    }

    /**
     * A builder for an arXiv paper with only the required fields set: source {@code arxiv}, title
     * {@code "Paper <id>"}, published 2026-06-19, the abs URL.
     *
     * @param id an arXiv id in any form {@link PaperId#parse} accepts
     */
    public static Paper.Builder minimalArxiv(String id) {
        PaperId paperId = PaperId.arxiv(id);
        return Paper.builder(paperId)
                .source("arxiv")
                .title("Paper " + paperId.value())
                .published(LocalDate.of(2026, 6, 19))
                .url(URI.create("https://arxiv.org/abs/" + paperId.value()));
    }

    /** arXiv 2606.20005v2 with every field set, non-ASCII names included. */
    public static Paper fullArxiv() {
        return minimalArxiv("2606.20005")
                .title("StreamKL: Streaming KL Distillation for $O(N^2)$ Attention")
                .authors(List.of(new Author("José Pérez", "Universidad de Chile", "0000-0002-1825-0097"),
                        Author.of("王小明", "清华大学"), Author.of("Przemysław Müller")))
                .abstractText("Attention distillation, which compresses $\\mathbb{R}^{n}$ maps, is costly.")
                .categories(List.of("cs.AI", "cs.LG", "stat.ML"))
                .published(LocalDate.of(2026, 6, 19))
                .updated(Instant.parse("2026-06-20T08:15:30Z"))
                .version(2)
                .announceType(AnnounceType.REPLACE_CROSS)
                .doi("10.1145/3700000.3700001")
                .journalRef("Proc. KDD 2026, pp. 1-10")
                .pdfUrl(URI.create("https://arxiv.org/pdf/2606.20005v2"))
                .license("http://creativecommons.org/licenses/by/4.0/")
                .sameAs(List.of(PaperId.doi("10.48550/arXiv.2606.20005"), PaperId.doi("10.1145/3700000.3700001")))
                .type(Paper.PREPRINT)
                .build();
    }
}
