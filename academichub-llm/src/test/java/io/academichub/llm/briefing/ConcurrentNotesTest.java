package io.academichub.llm.briefing;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.academichub.http.HttpTransport;
import io.academichub.llm.LlmClient;
import io.academichub.llm.provider.LlmClients;
import io.academichub.llm.provider.LlmConfig;
import io.academichub.llm.provider.RecordedReply;
import io.academichub.model.Paper;
import io.academichub.testing.FakeTimeSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.academichub.llm.briefing.LlmBriefingTest.NOTES;
import static io.academichub.llm.briefing.LlmBriefingTest.SYNTHESIS;
import static io.academichub.llm.briefing.LlmBriefingTest.TITLES;
import static io.academichub.llm.briefing.LlmBriefingTest.noteFor;
import static io.academichub.llm.briefing.LlmBriefingTest.synthesisRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Paper notes asked several at a time ({@link BriefingGenerator.Builder#concurrency}), against WireMock replies built
 * on the recorded shapes, some of them delayed: the notes stay in the papers' order, the shared transport's
 * {@code Retry-After} still holds, and the budget decides the same papers whatever order the replies come back in.
 * Retries and politeness intervals wait on a fake clock; only WireMock's delays are real.
 */
class ConcurrentNotesTest {

    private static final String KEY = "sk-proj-TESTKEY0123456789abcdefghijklmnop";

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance().options(options().dynamicPort()).build();

    private FakeTimeSource time;
    private HttpTransport transport;
    private List<Paper> papers;

    @BeforeEach
    void setUp() {
        time = new FakeTimeSource();
        transport = HttpTransport.builder().timeSource(time).maxAttempts(3).build();
        papers = RealPapers.sample100().subList(0, 6);
    }

    @AfterEach
    void tearDown() throws IOException {
        transport.close();
    }

    private LlmClient openai() {
        LlmConfig config = LlmConfig.builder("openai").model("gpt-4o").baseUrl(server.baseUrl() + "/v1").build();
        return LlmClients.create(config, transport, Map.of(config.apiKeyVariable(), KEY)::get);
    }

    /** Each paper's note, paper {@code n} answered after {@code delaysMillis[n - 1]}. */
    private static void stubNotes(int... delaysMillis) {
        for (int n = 1; n <= delaysMillis.length; n++) {
            server.stubFor(noteFor(n).willReturn(ConstructedReplies.openAi(NOTES.get(n - 1), 700, 60)
                    .withFixedDelay(delaysMillis[n - 1])));
        }
    }

    private static ServeEvent noteEvent(int paper) {
        return server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getBodyAsString().contains(TITLES.get(paper - 1)))
                .findFirst().orElseThrow();
    }

    @Test
    void notesAreAskedFourAtATimeAndComeOutInThePapersOrder() {
        // the first paper's note is by far the slowest: the next three are asked while it is awaited
        stubNotes(1500, 0, 0, 0, 0, 0);
        server.stubFor(synthesisRequest().willReturn(ConstructedReplies.openAi(SYNTHESIS, 1200, 400)));
        List<String> progress = new ArrayList<>();

        Briefing b = BriefingGenerator.builder().llm(openai())
                .progress((stage, done, total) -> progress.add(stage + " " + done + "/" + total)).build()
                .generate(BriefingRequest.builder(papers).build());

        assertThat(b.metadata().path()).isEqualTo(BriefingPath.LLM);
        assertThat(b.papers()).extracting(BriefedPaper::tldr).containsExactlyElementsOf(NOTES.stream()
                .map(note -> ConstructedReplies.parse(note).path("tldr").asText()).toList());
        ServeEvent first = noteEvent(1);
        long firstAnswered = first.getRequest().getLoggedDate().getTime() + first.getTiming().getAddedDelay();
        for (int paper = 2; paper <= 4; paper++) {
            assertThat(noteEvent(paper).getRequest().getLoggedDate().getTime())
                    .as("paper %d asked before paper 1 was answered", paper).isLessThan(firstAnswered);
        }
        // the fifth waits for a free place, which the first frees last: it is asked after the first's answer
        assertThat(noteEvent(5).getRequest().getLoggedDate().getTime()).isGreaterThanOrEqualTo(firstAnswered);
        assertThat(progress).containsExactly("notes 6/6", "synthesis 1/1");
        assertThat(b.metadata().modelCalls()).isEqualTo(7);
    }

    @Test
    void aRateLimitMidRunIsWaitedOutAsTheServiceAsksAndChangesNothingElse() {
        stubNotes(0, 0, 0, 0, 0, 0);
        server.stubFor(noteFor(3).inScenario("429").whenScenarioStateIs(STARTED)
                .willReturn(RecordedReply.of("openai-chat/error_429_rate-limit-exceeded_tpm-request-too-large")
                        .withHeader("Retry-After", "7"))
                .willSetStateTo("ok").atPriority(1));
        server.stubFor(synthesisRequest().willReturn(ConstructedReplies.openAi(SYNTHESIS, 1200, 400)));

        Briefing concurrent = BriefingGenerator.builder().llm(openai()).concurrency(4).build()
                .generate(BriefingRequest.builder(papers).build());

        assertThat(time.sleeps()).contains(Duration.ofSeconds(7));
        assertThat(server.getAllServeEvents()).hasSize(6 + 1 + 1);
        assertThat(concurrent.metadata().path()).isEqualTo(BriefingPath.LLM);
        assertThat(concurrent.papers()).noneMatch(BriefedPaper::extractive);

        server.resetRequests();
        Briefing oneByOne = BriefingGenerator.builder().llm(openai()).concurrency(1).build()
                .generate(BriefingRequest.builder(papers).build());
        assertThat(concurrent.papers()).isEqualTo(oneByOne.papers());
        assertThat(concurrent.themes()).isEqualTo(oneByOne.themes());
        assertThat(concurrent.metadata().usage()).isEqualTo(oneByOne.metadata().usage());
    }

    @Test
    void theBudgetSendsTheSamePapersWhateverOrderTheRepliesComeBackIn() {
        server.stubFor(synthesisRequest().willReturn(ConstructedReplies.openAi(SYNTHESIS, 900, 200)));
        List<Briefing> runs = new ArrayList<>();
        for (int[] delays : new int[][] {{0, 0, 0, 0, 0, 0}, {600, 400, 200, 0, 0, 0}, {0, 200, 400, 600, 0, 0}}) {
            server.resetAll();
            stubNotes(delays);
            server.stubFor(synthesisRequest().willReturn(ConstructedReplies.openAi(SYNTHESIS, 900, 200)));
            runs.add(BriefingGenerator.builder().llm(openai()).concurrency(3).build()
                    .generate(BriefingRequest.builder(papers).budgetTokens(6_000).build()));
        }

        Briefing first = runs.get(0);
        assertThat(first.metadata().extractivePapers()).isNotEmpty().doesNotContain(1);
        assertThat(first.metadata().usage().totalTokens()).isLessThanOrEqualTo(6_000);
        for (Briefing run : runs.subList(1, runs.size())) {
            assertThat(run.metadata().extractivePapers()).isEqualTo(first.metadata().extractivePapers());
            assertThat(run.metadata().usage()).isEqualTo(first.metadata().usage());
            assertThat(run.metadata().modelCalls()).isEqualTo(first.metadata().modelCalls());
            assertThat(run.papers()).isEqualTo(first.papers());
        }
    }

    @Test
    void concurrencyIsCheckedWhenSet() {
        assertThatThrownBy(() -> BriefingGenerator.builder().concurrency(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("concurrency must be from 1 to 32: 0");
        assertThatThrownBy(() -> BriefingGenerator.builder().concurrency(33))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("concurrency must be from 1 to 32: 33");
        assertThatThrownBy(() -> BriefingGenerator.builder().concurrency(2).concurrency(3))
                .isInstanceOf(IllegalStateException.class).hasMessage("concurrency was already set to 2");
    }
}
