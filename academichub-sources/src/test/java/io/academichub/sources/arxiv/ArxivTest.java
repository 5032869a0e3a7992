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
    void urlsAreThoseTheFullStringsParseTo() {
        // abs and pdf are resolved against the parsed site; they must be the very URIs (equal, same string and
        // parts) that parsing the whole URL gives, for every id of the recorded day and both id styles.
        List<PaperId> ids = new ArrayList<>();
        ArxivRssParser.parse(ArxivRssFixtures.open(ArxivRssFixtures.ALL_ARCHIVES), "arxiv:test",
                URI.create("http://h/")).papers().forEach(p -> ids.add(p.id()));
        ids.add(PaperId.parse("arxiv:hep-th/9901001"));
        ids.add(PaperId.parse("arxiv:math.GT/0309136"));
        assertThat(ids).hasSize(1506);
        for (PaperId id : ids) {
            assertSameUri(Arxiv.abs(id), URI.create("https://arxiv.org/abs/" + id.value()));
            assertSameUri(Arxiv.pdf(id, 2), URI.create("https://arxiv.org/pdf/" + id.value() + "v2"));
            assertSameUri(Arxiv.pdf(id, 0), URI.create("https://arxiv.org/pdf/" + id.value()));
        }
    }

    private static void assertSameUri(URI actual, URI expected) {
        assertThat(actual).isEqualTo(expected).hasToString(expected.toString()).hasSameHashCodeAs(expected);
        assertThat(actual.getRawPath()).isEqualTo(expected.getRawPath());
        assertThat(actual.getHost()).isEqualTo(expected.getHost());
        assertThat(actual.getRawAuthority()).isEqualTo(expected.getRawAuthority());
        assertThat(actual.getRawSchemeSpecificPart()).isEqualTo(expected.getRawSchemeSpecificPart());
        assertThat(actual.isAbsolute()).isTrue();
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
