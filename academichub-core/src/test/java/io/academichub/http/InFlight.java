package io.academichub.http;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WireMock extension that holds every request for a while before answering and counts how many it holds at
 * once. Counting inside the server, around the hold, is exact: a client cannot have its response before the
 * count went down, so a sequential client never shows two in flight.
 */
final class InFlight implements ResponseDefinitionTransformerV2 {

    private final AtomicInteger current = new AtomicInteger();
    private final AtomicInteger max = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private volatile long holdMillis;
    private volatile CountDownLatch rendezvous;
    private volatile CountDownLatch release;

    /** Hold each request {@code millis}; forget earlier counts. */
    void holdEach(long millis) {
        holdMillis = millis;
        rendezvous = null;
        release = null;
        current.set(0);
        max.set(0);
        total.set(0);
    }

    /** Hold each request until {@code parties} requests are held together (at most 10 s). */
    void meetIn(int parties) {
        holdEach(0);
        rendezvous = new CountDownLatch(parties);
    }

    /** Hold each request until {@code latch} is counted down (at most 10 s). */
    void holdUntil(CountDownLatch latch) {
        holdEach(0);
        release = latch;
    }

    /** How many requests are held right now. */
    int current() {
        return current.get();
    }

    int max() {
        return max.get();
    }

    int total() {
        return total.get();
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        int now = current.incrementAndGet();
        max.accumulateAndGet(now, Math::max);
        total.incrementAndGet();
        try {
            CountDownLatch meet = rendezvous;
            CountDownLatch until = release;
            if (until != null) {
                until.await(10, TimeUnit.SECONDS);
            } else if (meet != null) {
                meet.countDown();
                meet.await(10, TimeUnit.SECONDS);
            } else if (holdMillis > 0) {
                Thread.sleep(holdMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            current.decrementAndGet();
        }
        return serveEvent.getResponseDefinition();
    }

    @Override
    public String getName() {
        return "in-flight";
    }
}
