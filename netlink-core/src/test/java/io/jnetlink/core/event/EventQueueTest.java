package io.jnetlink.core.event;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventQueueTest {
    @Test
    void shouldIterateQueuedEventsThenEndAfterClose() {
        AtomicBoolean sourceClosed = new AtomicBoolean();
        EventQueue<String> q = new EventQueue<>(10, () -> sourceClosed.set(true));
        assertTrue(q.put("a"));
        assertTrue(q.put("b"));
        q.close();
        assertTrue(sourceClosed.get(), "closing the queue closes the subscription");
        assertFalse(q.put("c"), "nothing is added after close");
        List<String> got = new ArrayList<>();
        q.forEach(got::add);
        assertEquals(List.of("a", "b"), got);
        assertThrows(NoSuchElementException.class, q::take);
    }

    @Test
    void shouldTimeOutWhenEmptyAndReportTheFailureAtTheEnd() throws Exception {
        EventQueue<String> q = new EventQueue<>(4, () -> {
        });
        assertNull(q.poll(Duration.ofMillis(50)));
        q.put("x");
        RuntimeException boom = new IllegalStateException("receive failed");
        q.fail(boom);
        assertEquals("x", q.take());
        IllegalStateException e = assertThrows(IllegalStateException.class, q::take);
        assertSame(boom, e.getCause());
    }

    @Test
    void shouldHoldTheProducerWhileFullUntilTaken() throws Exception {
        EventQueue<Integer> q = new EventQueue<>(2, () -> {
        });
        q.put(1);
        q.put(2);
        Thread producer = new Thread(() -> q.put(3));
        producer.start();
        Thread.sleep(150);
        assertTrue(producer.isAlive(), "a full queue holds the receive thread back");
        assertEquals(1, q.take());
        producer.join(2000);
        assertFalse(producer.isAlive());
        assertEquals(2, q.take());
        assertEquals(3, q.take());
        assertEquals(0, q.size());
    }

    @Test
    void shouldRejectBadCapacity() {
        assertThrows(IllegalArgumentException.class, () -> new EventQueue<>(0, () -> {
        }));
    }
}
