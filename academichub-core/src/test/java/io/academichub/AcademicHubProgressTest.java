package io.academichub;

import io.academichub.error.SourceUnavailableException;
import io.academichub.source.FetchRequest;
import io.academichub.source.FetchResult;
import io.academichub.source.Source;
import io.academichub.testing.InMemorySource;
import io.academichub.testing.SamplePapers;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link AcademicHub#fetch(FetchRequest, ProgressListener)}: what a progress display hears, and that it is harmless. */
class AcademicHubProgressTest {

    /** Records every event as one line. */
    private static final class Recorder implements ProgressListener {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void planned(String operation, int steps) {
            events.add("planned " + operation + " " + steps);
        }

        @Override
        public void started(String step) {
            events.add("started " + step);
        }

        @Override
        public void finished(String step, boolean succeeded, String summary) {
            events.add("finished " + step + " " + succeeded + " " + summary);
        }
    }

    private static Source failing(String id) {
        return new Source() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public FetchResult fetch(FetchRequest request) {
                throw new SourceUnavailableException(id, URI.create("https://example.org/feed"), 503,
                        "HTTP 503 Service Unavailable", null);
            }
        };
    }

    @Test
    void eachSourceIsReportedAsItStartsAndAsItEnds() {
        Recorder recorder = new Recorder();
        AcademicHub hub = AcademicHub.builder()
                .source(InMemorySource.of("arxiv:cs.AI", SamplePapers.fullArxiv()))
                .source(failing("nature"))
                .build();

        FetchSummary summary = hub.fetch(FetchRequest.latest(), recorder);

        assertThat(recorder.events).hasSize(5);
        assertThat(recorder.events.get(0)).isEqualTo("planned fetch 2");
        assertThat(recorder.events).contains(
                "started arxiv:cs.AI",
                "finished arxiv:cs.AI true arxiv:cs.AI OK 1/1",
                "started nature",
                "finished nature false nature FAILED: HTTP 503 Service Unavailable (https://example.org/feed)");
        for (String id : List.of("arxiv:cs.AI", "nature")) {
            assertThat(recorder.events.indexOf("started " + id))
                    .isLessThan(indexOfPrefix(recorder.events, "finished " + id));
        }
        assertThat(summary.papers()).hasSize(1);
    }

    @Test
    void aSourceIsAnnouncedBeforeItEnds() throws InterruptedException {
        // The point of the listener: a slow source is visible while it is still running.
        CountDownLatch announced = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Source slow = new Source() {
            @Override
            public String id() {
                return "slow";
            }

            @Override
            public FetchResult fetch(FetchRequest request) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return InMemorySource.of("slow").fetch(request);
            }
        };
        AcademicHub hub = AcademicHub.builder().source(slow).build();
        Thread fetching = new Thread(() -> hub.fetch(FetchRequest.latest(), new ProgressListener() {
            @Override
            public void started(String step) {
                announced.countDown();
            }
        }));
        fetching.start();

        assertThat(announced.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(fetching.isAlive()).isTrue();
        release.countDown();
        fetching.join(10_000);
        assertThat(fetching.isAlive()).isFalse();
    }

    @Test
    void aListenerThatThrowsChangesNothing() {
        ProgressListener broken = new ProgressListener() {
            @Override
            public void planned(String operation, int steps) {
                throw new IllegalStateException("display gone");
            }

            @Override
            public void started(String step) {
                throw new IllegalStateException("display gone");
            }

            @Override
            public void finished(String step, boolean succeeded, String summary) {
                throw new IllegalStateException("display gone");
            }
        };
        AcademicHub hub = AcademicHub.builder().source(InMemorySource.of("a", SamplePapers.fullArxiv())).build();

        FetchSummary summary = hub.fetch(FetchRequest.latest(), broken);

        assertThat(summary.allSucceeded()).isTrue();
        assertThat(summary.papers()).hasSize(1);
    }

    private static int indexOfPrefix(List<String> events, String prefix) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
