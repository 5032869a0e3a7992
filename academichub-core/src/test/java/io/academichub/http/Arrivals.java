package io.academichub.http;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.academichub.testing.FakeTimeSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A WireMock listener that notes, for every request as it arrives, its path and the fake clock's time: proof of
 * when the transport really started each request.
 */
final class Arrivals implements ServeEventListener {

    /** One request: the server's port, the path, and the fake clock's elapsed time when it arrived. */
    record Arrival(int port, String path, Duration at) {
    }

    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private volatile FakeTimeSource clock;

    /** Reads this clock from now on and forgets earlier arrivals. */
    void reset(FakeTimeSource clock) {
        this.clock = clock;
        arrivals.clear();
    }

    List<Arrival> all() {
        return List.copyOf(arrivals);
    }

    List<Duration> times() {
        return arrivals.stream().map(Arrival::at).toList();
    }

    @Override
    public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
        FakeTimeSource c = clock;
        arrivals.add(new Arrival(serveEvent.getRequest().getPort(), serveEvent.getRequest().getUrl(),
                c == null ? Duration.ZERO : c.elapsed()));
    }

    @Override
    public String getName() {
        return "arrivals";
    }
}
