package io.jnetlink.core.event;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.Netlink;
import jnr.enxio.channels.NativeSelectorProvider;
import org.junit.jupiter.api.Test;

import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #13: a typed subscription read by the caller's own selector lists then follows like one
 * read by the library's loop: links that exist are listed, links made and deleted while the
 * listing is queued are neither missed nor repeated, and the events' sum is the kernel's state.
 */
class TypedChannelIT {
    private static final int RTNLGRP_LINK = 1;
    private static final int RTM_NEWLINK = 16;
    private static final int RTM_DELLINK = 17;
    private static final int RTM_GETLINK = 18;
    private static final int IFINFOMSG_LENGTH = 16;
    private static final int IFLA_IFNAME = 3;
    private static final int IFLA_LINKINFO = 18;
    private static final int IFLA_INFO_KIND = 1;

    @Test
    void channelListsThenFollowsWithoutGapOrRepeatOnTheSelectingThread() throws Exception {
        List<String> events = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        try (NetNamespace ns = NetNamespace.create();
             NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE, ns);
             Selector selector = NativeSelectorProvider.getInstance().openSelector()) {
            for (int i = 0; i < 5; i++) {
                addBridge(c, "br-" + i);
            }
            NetlinkChannel channel = new LinkNames().in(ns).channel(e -> {
                events.add(e);
                threads.add(Thread.currentThread());
            });
            try {
                assertEquals(NetlinkSubscription.IDLE_MILLIS, channel.idleMillis(), "idle calls wanted while listing");
                // changes made while the listing waits unread in the socket: each must show exactly once
                for (int i = 5; i < 10; i++) {
                    addBridge(c, "br-" + i);
                }
                deleteLink(c, "br-0");
                channel.register(selector, SelectionKey.OP_READ);
                Set<String> expected = linkNames(c);
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (!(events.contains("LISTED") && fold(events).equals(expected)) && System.nanoTime() < deadline) {
                    long idle = channel.idleMillis();
                    if (selector.select(idle < 0 ? 1000 : idle) > 0) {
                        selector.selectedKeys().clear();
                        channel.receiveReady();
                    } else if (idle >= 0) {
                        channel.idle();
                    }
                }
                assertTrue(events.contains("LISTED"), events.toString());
                assertEquals(expected, fold(events), "the events' sum is the kernel's state: " + events);
                assertEquals(-1, channel.idleMillis(), "no idle calls wanted once listed");
                assertEquals(Set.of(Thread.currentThread()), new HashSet<>(threads), "events run on the selecting thread");
            } finally {
                channel.close();
            }
        }
    }

    @Test
    void channelRejectsAnExecutor() {
        assertThrows(IllegalStateException.class,
                () -> new LinkNames().executor(Executors.newSingleThreadExecutor()).channel(e -> { }));
    }

    /**
     * Applies the events in order, failing on a repeat: NEW of a name already there, DELETED of
     * one that is not.
     */
    private static Set<String> fold(List<String> events) {
        Set<String> names = new TreeSet<>();
        for (String e : events) {
            if (e.startsWith("NEW ")) {
                assertTrue(names.add(e.substring(4)), "repeated: " + e + " in " + events);
            } else if (e.startsWith("DELETED ")) {
                assertTrue(names.remove(e.substring(8)), "deleted unknown: " + e + " in " + events);
            }
        }
        return names;
    }

    private static Set<String> linkNames(NetlinkConnection c) {
        Codec codec = new Codec();
        Set<String> names = new TreeSet<>();
        c.dump("RTM_GETLINK", LinkNames::dumpLinks, m -> {
            StateUpdate<String> u = codec.decode(m);
            if (u != null) {
                names.add(u.value());
            }
            return true;
        });
        return names;
    }

    /** {@code ip link add NAME type bridge} */
    private static void addBridge(NetlinkConnection c, String name) {
        c.request("RTM_NEWLINK " + name, w -> {
            int m = w.beginMessage(RTM_NEWLINK, Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL);
            w.reserve(IFINFOMSG_LENGTH);
            w.putAttrString(IFLA_IFNAME, name);
            int info = w.beginNested(IFLA_LINKINFO);
            w.putAttrString(IFLA_INFO_KIND, "bridge");
            w.endNested(info);
            w.endMessage(m);
        });
    }

    /** {@code ip link del NAME} */
    private static void deleteLink(NetlinkConnection c, String name) {
        c.request("RTM_DELLINK " + name, w -> {
            int m = w.beginMessage(RTM_DELLINK, 0);
            w.reserve(IFINFOMSG_LENGTH);
            w.putAttrString(IFLA_IFNAME, name);
            w.endMessage(m);
        });
    }

    /** A minimal typed subscription: link names, as a protocol module would declare one. */
    static final class LinkNames extends TypedEventsBuilder<LinkNames, String> {
        static void dumpLinks(io.jnetlink.core.message.MessageWriter w) {
            int m = w.beginMessage(RTM_GETLINK, 0);
            w.reserve(IFINFOMSG_LENGTH);
            w.endMessage(m);
        }

        @Override
        protected NetlinkSubscription.Builder subscription() {
            return NetlinkSubscription.builder(Netlink.NETLINK_ROUTE).groups(RTNLGRP_LINK);
        }

        @Override
        protected TypedEvents<?, String> events() {
            return new TypedEvents<String, String>(List.of(LinkNames::dumpLinks), new Codec(),
                    (type, name) -> type + " " + name, SyncSignal::name);
        }
    }

    /** Reads a link's name; RTM_DELLINK is a deletion. */
    static final class Codec implements StateCodec<String> {
        private final AttributeReader attrs = new AttributeReader();

        @Override
        public StateUpdate<String> decode(MessageReader m) {
            if ((m.type() != RTM_NEWLINK && m.type() != RTM_DELLINK) || m.attributes(attrs, IFINFOMSG_LENGTH) == null
                    || !attrs.find(IFLA_IFNAME)) {
                return null;
            }
            return new StateUpdate<>(attrs.string(), m.type() == RTM_DELLINK);
        }

        @Override
        public Object key(String name) {
            return name;
        }
    }
}
