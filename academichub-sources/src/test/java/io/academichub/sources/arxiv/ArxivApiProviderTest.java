package io.academichub.sources.arxiv;

import io.academichub.http.HttpTransport;
import io.academichub.source.Source;
import io.academichub.source.SourceConfig;
import io.academichub.source.SourceRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArxivApiProviderTest {

    private final HttpTransport transport = HttpTransport.builder().build();

    @AfterEach
    void close() throws IOException {
        transport.close();
    }

    private Source create(String argument, Map<String, String> options) {
        return new ArxivApiProvider().create(new SourceConfig(argument, options, transport));
    }

    @Test
    void isDiscoveredByServiceLoaderUnderItsId() {
        SourceRegistry registry = SourceRegistry.discover();

        assertThat(registry.find("arxiv-api")).get().isInstanceOf(ArxivApiProvider.class);
        Source source = registry.create("arxiv-api:cat:cs.AI AND ti:diffusion", Map.of(), transport);
        assertThat(source.id()).isEqualTo("arxiv-api:cat:cs.AI AND ti:diffusion");
        assertThat(((ArxivApiSource) source).query()).isEqualTo(new ArxivApiQuery("cat:cs.AI AND ti:diffusion",
                List.of(), ArxivApiQuery.SortBy.SUBMITTED_DATE, ArxivApiQuery.SortOrder.DESCENDING, 100));
    }

    @Test
    void optionsConfigureTheQuery() {
        ArxivApiSource source = (ArxivApiSource) create("ti:diffusion",
                Map.of("sortBy", "relevance", "sortOrder", "ascending", "pageSize", "250"));

        assertThat(source.query().sortBy()).isEqualTo(ArxivApiQuery.SortBy.RELEVANCE);
        assertThat(source.query().sortOrder()).isEqualTo(ArxivApiQuery.SortOrder.ASCENDING);
        assertThat(source.query().pageSize()).isEqualTo(250);
    }

    @Test
    void anIdListKeepsVersionsAndTakesIdsInAnyForm() {
        ArxivApiSource source = (ArxivApiSource) create(
                "id:2401.00001, https://arxiv.org/abs/hep-th/9901001v2,1111.2011v2", Map.of());

        assertThat(source.query().idList()).containsExactly("2401.00001", "hep-th/9901001v2", "1111.2011v2");
        assertThat(source.query().searchQuery()).isEmpty();
        assertThat(source.id()).isEqualTo("arxiv-api:id:2401.00001,hep-th/9901001v2,1111.2011v2");
    }

    @Test
    void refusesWhatArxivWouldRefuseWithClearMessages() {
        assertThatThrownBy(() -> create("  ", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the arXiv API source needs a search query such as 'cat:cs.AI AND ti:diffusion', or an "
                        + "id list such as 'id:2401.00001,2401.00002'");
        assertThatThrownBy(() -> create("id:abc", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an arXiv id in the id list 'id:abc': 'abc'");
        assertThatThrownBy(() -> create("id:10.1103/PhysRevB.85.115117", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an arXiv id in the id list 'id:10.1103/PhysRevB.85.115117': '10.1103/PhysRevB.85.115117'");
        assertThatThrownBy(() -> create("id: ,", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the id list 'id: ,' names no arXiv id");
        assertThatThrownBy(() -> create("cat:cs.AI", Map.of("sortBy", "date")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sortBy must be relevance, lastUpdatedDate or submittedDate: 'date'");
        assertThatThrownBy(() -> create("cat:cs.AI", Map.of("sortOrder", "down")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sortOrder must be ascending or descending: 'down'");
        for (String bad : List.of("0", "2001", "ten", "-5")) {
            assertThatThrownBy(() -> create("cat:cs.AI", Map.of("pageSize", bad)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("pageSize must be a whole number from 1 to 2000: '" + bad + "'");
        }
        assertThatThrownBy(() -> create("cat:cs.AI", Map.of("baseUrl", "ftp://mirror")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base URL must be an absolute http(s) URL");
    }

    @Test
    void theQueryRecordHoldsOneKindOfQuery() {
        assertThatThrownBy(() -> new ArxivApiQuery("cat:cs.AI", List.of("2401.00001"),
                ArxivApiQuery.SortBy.RELEVANCE, ArxivApiQuery.SortOrder.DESCENDING, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an arXiv API query is either a search query or an id list, not both");
        assertThatThrownBy(() -> new ArxivApiQuery("", List.of("arxiv:2401.00001"),
                ArxivApiQuery.SortBy.RELEVANCE, ArxivApiQuery.SortOrder.DESCENDING, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a bare arXiv id");
    }

    @Test
    void buildsTheRequestUrlWithEveryParameterEncoded() {
        ArxivApiQuery query = ArxivApiQuery.parse("au:\"del maestro\" ANDNOT (ti:checkerboard OR ti:Pyrochlore)");

        URI uri = query.uri(URI.create("https://export.arxiv.org"), null, 200, 100);

        assertThat(uri.toString()).isEqualTo("https://export.arxiv.org/api/query?search_query=au:%22del%20maestro%22"
                + "%20ANDNOT%20%28ti:checkerboard%20OR%20ti:Pyrochlore%29&id_list=&start=200&max_results=100"
                + "&sortBy=submittedDate&sortOrder=descending");
        assertThat(ArxivApiQuery.encode("Ramírez+α")).isEqualTo("Ram%C3%ADrez%2B%CE%B1");
        assertThat(ArxivApiQuery.parse("id:astro-ph/0601001").uri(URI.create("https://export.arxiv.org"), null, 0, 1)
                .getRawQuery()).isEqualTo("search_query=&id_list=astro-ph/0601001&start=0&max_results=1"
                + "&sortBy=submittedDate&sortOrder=descending");
    }
}
