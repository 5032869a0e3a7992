package io.academichub.sources.arxiv;

import io.academichub.model.PaperId;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules the RSS, API and OAI adapters share, checked once. */
class ArxivTest {

    private final List<String> notDois = new ArrayList<>();

    @Test
    void landingPageHasNoVersionAndThePdfHasOneWhenKnown() {
        PaperId id = PaperId.parse("arxiv:2606.00001");

        assertThat(Arxiv.abs(id)).isEqualTo(URI.create("https://arxiv.org/abs/2606.00001"));
        assertThat(Arxiv.pdf(id, 3)).isEqualTo(URI.create("https://arxiv.org/pdf/2606.00001v3"));
        assertThat(Arxiv.pdf(id, 0)).isEqualTo(URI.create("https://arxiv.org/pdf/2606.00001"));
        assertThat(Arxiv.abs(PaperId.parse("arxiv:hep-th/9901001")))
                .isEqualTo(URI.create("https://arxiv.org/abs/hep-th/9901001"));
    }

    @Test
    void theFirstDoiIsThePapersAndEveryDoiIsAnotherIdOnceEach() {
        Arxiv.Dois dois = Arxiv.dois(" 10.1103/PhysRevD.1.1\n https://doi.org/10.1000/ERRATUM 10.1103/physrevd.1.1 ",
                notDois::add);

        assertThat(dois.doi()).isEqualTo("10.1103/physrevd.1.1");
        assertThat(dois.sameAs()).containsExactlyInAnyOrder(PaperId.doi("10.1103/physrevd.1.1"),
                PaperId.doi("10.1000/erratum"));
        assertThat(notDois).isEmpty();
    }

    @Test
    void aPieceThatIsNotADoiIsReportedAndIgnored() {
        Arxiv.Dois dois = Arxiv.dois("see-journal 10.1000/xyz", notDois::add);

        assertThat(dois.doi()).isEqualTo("10.1000/xyz");
        assertThat(dois.sameAs()).containsExactly(PaperId.doi("10.1000/xyz"));
        assertThat(notDois).containsExactly("see-journal");
    }

    @Test
    void noFieldOrNoDoiInItGivesNone() {
        assertThat(Arxiv.dois(null, notDois::add)).isEqualTo(Arxiv.Dois.NONE);
        assertThat(Arxiv.dois("  ", notDois::add)).isEqualTo(Arxiv.Dois.NONE);
        assertThat(Arxiv.dois("n/a", notDois::add)).isEqualTo(Arxiv.Dois.NONE);
        assertThat(notDois).containsExactly("n/a");
    }
}
