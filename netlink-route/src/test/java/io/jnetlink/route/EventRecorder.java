package io.jnetlink.route;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.StateUpdate;
import io.jnetlink.core.event.SyncSignal;
import io.jnetlink.core.message.Netlink;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Test subscriber: records every event in order and builds the state they describe (put on
 * NEW/CHANGED, remove on DELETED, keyed like the library), failing on impossible sequences
 * (NEW of a known object, CHANGED or DELETED of an unknown one).
 */
final class EventRecorder implements Consumer<RtnetlinkEvent> {
    private final EventCodec codec;
    private final List<RtnetlinkEvent> events = new ArrayList<>();
    private final Map<Object, RouteFollowed> state = new HashMap<>();
    private final List<String> violations = new ArrayList<>();
    private volatile long lastEventNanos = System.nanoTime();
    private volatile RuntimeException error;

    /** For {@code RouteEvents.onError}: the failure is shown by every later assertion. */
    synchronized void fail(RuntimeException e) {
        error = e;
        notifyAll();
    }

    EventRecorder(Set<RouteEventGroup> groups) {
        this.codec = new EventCodec(groups);
    }

    EventRecorder() {
        this(EnumSet.allOf(RouteEventGroup.class));
    }

    @Override
    public synchronized void accept(RtnetlinkEvent e) {
        events.add(e);
        lastEventNanos = System.nanoTime();
        RouteFollowed value = value(e);
        if (value != null) {
            ChangeType type = type(e);
            Object key = codec.key(value);
            boolean known = state.containsKey(key);
            if (type == ChangeType.NEW && known || type != ChangeType.NEW && !known) {
                violations.add(type + " of " + (known ? "known " : "unknown ") + value);
            }
            if (type == ChangeType.DELETED) {
                state.remove(key);
            } else {
                state.put(key, value);
            }
        }
        notifyAll();
    }

    /** The followed value an event reports (what the library caches), or null for a sync signal. */
    static RouteFollowed value(RtnetlinkEvent e) {
        if (e instanceof LinkEvent l) {
            return new RouteFollowed.OfLink(l.link());
        } else if (e instanceof AddressEvent a) {
            return new RouteFollowed.OfAddress(a.address());
        } else if (e instanceof RouteEvent r) {
            return new RouteFollowed.OfRoute(r.route());
        } else if (e instanceof NeighborEvent n) {
            return new RouteFollowed.OfNeighbor(n.neighbor());
        } else if (e instanceof RuleEvent r) {
            return new RouteFollowed.OfRule(r.rule());
        } else if (e instanceof NsIdEvent n) {
            return new RouteFollowed.OfNsId(n.nsid());
        }
        return null;
    }

    static ChangeType type(RtnetlinkEvent e) {
        if (e instanceof LinkEvent l) {
            return l.type();
        } else if (e instanceof AddressEvent a) {
            return a.type();
        } else if (e instanceof RouteEvent r) {
            return r.type();
        } else if (e instanceof NeighborEvent n) {
            return n.type();
        } else if (e instanceof RuleEvent r) {
            return r.type();
        } else if (e instanceof NsIdEvent n) {
            return n.type();
        }
        return null;
    }

    synchronized List<RtnetlinkEvent> events() {
        return new ArrayList<>(events);
    }

    synchronized List<String> violations() {
        return new ArrayList<>(violations);
    }

    /** Waits for an event matching {@code p} (at or after index {@code from}); returns its index. */
    synchronized int await(int from, Predicate<RtnetlinkEvent> p, long timeoutMillis, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        int i = from;
        while (true) {
            for (; i < events.size(); i++) {
                if (p.test(events.get(i))) {
                    return i;
                }
            }
            long left = deadline - System.currentTimeMillis();
            if (error != null) {
                throw new AssertionError("the subscription failed while waiting for " + what, error);
            }
            if (left <= 0) {
                throw new AssertionError("no event " + what + " within " + timeoutMillis + " ms; got " + tail());
            }
            wait(left);
        }
    }

    int await(Predicate<RtnetlinkEvent> p, String what) throws InterruptedException {
        return await(0, p, 15_000, what);
    }

    int awaitSync(SyncSignal signal) throws InterruptedException {
        return await(e -> e instanceof EventSync s && s.signal() == signal, signal.name());
    }

    /** Waits until no event has arrived for {@code quietMillis}. */
    void awaitQuiet(long quietMillis, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while ((System.nanoTime() - lastEventNanos) / 1_000_000 < quietMillis) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("events kept coming for " + timeoutMillis + " ms");
            }
            Thread.sleep(50);
        }
    }

    /** The state the events describe, as comparable projections. */
    synchronized Map<Object, Object> state() {
        Map<Object, Object> out = new HashMap<>();
        state.forEach((k, v) -> out.put(k, comparable(v)));
        return out;
    }

    /** A fresh dump of the followed groups in {@code ns}, as the same projections. */
    Map<Object, Object> freshDump(NetNamespace ns, Set<RouteEventGroup> groups) {
        Map<Object, Object> out = new HashMap<>();
        EventCodec fresh = new EventCodec(groups);
        for (RouteEventGroup g : groups) {
            List<RouteFollowed> values = ns.connection(Netlink.NETLINK_ROUTE).dumpToList("dump " + g, g.dump(), m -> {
                StateUpdate<RouteFollowed> u = fresh.decode(m);
                return u == null || u.deleted() ? null : u.value();
            });
            for (RouteFollowed v : values) {
                out.put(fresh.key(v), comparable(v));
            }
        }
        return out;
    }

    /** What the library compares ({@link RouteFollowed#described()}), and a veth's peer index left out. */
    private static Object comparable(RouteFollowed v) {
        Object d = v.described();
        if (d instanceof Link c && c.kind().equals(java.util.Optional.of("veth"))) {
            // the kernel announces a new veth's first end before the pair is joined (IFLA_LINK 0)
            // and sends no update when it is: ip monitor shows the same, so compare without it
            return c.toBuilder().linkIndex(0).build();
        }
        return d;
    }

    /** Asserts two states are equal, listing the differences readably. */
    static void assertSameState(Map<Object, Object> expected, Map<Object, Object> actual, String what) {
        if (expected.equals(actual)) {
            return;
        }
        StringBuilder sb = new StringBuilder(what).append(" differ:");
        for (Map.Entry<Object, Object> e : expected.entrySet()) {
            Object a = actual.get(e.getKey());
            if (a == null) {
                sb.append("\n  missing from events: ").append(e.getValue());
            } else if (!a.equals(e.getValue())) {
                sb.append("\n  kernel: ").append(e.getValue()).append(" (").append(fields(e.getValue()))
                        .append(")\n  events: ").append(a).append(" (").append(fields(a)).append(')');
            }
        }
        for (Map.Entry<Object, Object> e : actual.entrySet()) {
            if (!expected.containsKey(e.getKey())) {
                sb.append("\n  only in events: ").append(e.getValue());
            }
        }
        throw new AssertionError(sb.toString());
    }

    private static String fields(Object v) {
        if (v instanceof Record r) {
            StringBuilder sb = new StringBuilder();
            for (var c : r.getClass().getRecordComponents()) {
                try {
                    sb.append(c.getName()).append('=').append(c.getAccessor().invoke(r)).append(' ');
                } catch (ReflectiveOperationException e) {
                    sb.append(c.getName()).append("=? ");
                }
            }
            return sb.toString();
        }
        return String.valueOf(v);
    }

    private String tail() {
        int from = Math.max(0, events.size() - 15);
        return events.size() + " events, last: " + events.subList(from, events.size());
    }

    /** Indexes of events matching each predicate in turn, each after the previous one; fails when one is missing. */
    static void assertInOrder(List<RtnetlinkEvent> events, List<Predicate<RtnetlinkEvent>> expected, List<String> names) {
        int at = 0;
        for (int k = 0; k < expected.size(); k++) {
            int found = -1;
            for (int i = at; i < events.size(); i++) {
                if (expected.get(k).test(events.get(i))) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                throw new AssertionError("expected " + names.get(k) + " after event #" + at + " in " + events);
            }
            at = found + 1;
        }
    }
}
