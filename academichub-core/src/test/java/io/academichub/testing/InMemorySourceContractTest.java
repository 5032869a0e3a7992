package io.academichub.testing;

import io.academichub.model.Author;
import io.academichub.model.PaperId;
import io.academichub.source.Source;

import java.util.List;
import java.util.Map;

/** The contract, kept by the in-memory source serving three clean papers. */
class InMemorySourceContractTest implements SourceContract {

    @Override
    public Source source() {
        return InMemorySource.of("memory:cs",
                SamplePapers.fullArxiv(),
                SamplePapers.minimalArxiv("hep-th/9901001").categories(List.of("hep-th", "gr-qc"))
                        .authors(List.of(Author.of("Przemysław Nowak", "Uniwersytet Warszawski"))).build(),
                SamplePapers.minimalArxiv("2606.20006").abstractText("Bounds of $O(N^2)$ & more.").build());
    }

    @Override
    public int expectedPaperCount() {
        return 3;
    }

    @Override
    public Map<PaperId, String> knownPrimaryCategories() {
        return Map.of(PaperId.parse("2606.20005"), "cs.AI", PaperId.parse("hep-th/9901001"), "hep-th");
    }
}
