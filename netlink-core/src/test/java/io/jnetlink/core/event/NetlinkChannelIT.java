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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A subscription registered in the caller's own selector (jnr-enxio's) instead of the library's loop. */
class NetlinkChannelIT {
    private static final int RTNLGRP_LINK = 1;
    private static final int RTM_NEWLINK = 16;
    private static final int IFLA_IFNAME = 3;
    private static final int IFLA_LINKINFO = 18;
    private static final int IFLA_INFO_KIND = 1;

    @Test
    void shouldDeliverNotificationsThroughTheCallersSelector() throws Exception {
        List<String> names = new ArrayList<>();
        List<String> calls = new ArrayList<>();
        Thread[] handlerThread = new Thread[1];
        SubscriptionHandler handler = new SubscriptionHandler() {
            private final AttributeReader attrs = new AttributeReader();

            @Override
            public void onMessage(MessageReader m) {
                handlerThread[0] = Thread.currentThread();
                if (m.type() == RTM_NEWLINK && m.attributes(attrs, 16) != null && attrs.find(IFLA_IFNAME)) {
                    names.add(attrs.string());
                }
            }

            @Override
            public void onOverrun() {
                calls.add("overrun");
            }

            @Override
            public void onClose() {
                calls.add("close");
            }
        };
        try (NetNamespace ns = NetNamespace.create();
             NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE, ns);
             Selector selector = NativeSelectorProvider.getInstance().openSelector()) {
            NetlinkChannel channel = NetlinkSubscription.builder(Netlink.NETLINK_ROUTE).in(ns).groups(RTNLGRP_LINK)
                    .channel(handler);
            channel.configureBlocking(false);
            SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
            assertEquals(0, selector.selectNow(), "nothing queued yet");
            assertEquals(0, channel.receiveReady());
            for (String name : List.of("br-a", "br-b")) {
                c.request("RTM_NEWLINK " + name, w -> {
                    int m = w.beginMessage(RTM_NEWLINK, Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL);
                    w.reserve(16);
                    w.putAttrString(IFLA_IFNAME, name);
                    int info = w.beginNested(IFLA_LINKINFO);
                    w.putAttrString(IFLA_INFO_KIND, "bridge");
                    w.endNested(info);
                    w.endMessage(m);
                });
            }
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!names.contains("br-b") && System.nanoTime() < deadline) {
                if (selector.select(1000) > 0) {
                    assertTrue(selector.selectedKeys().contains(key));
                    selector.selectedKeys().clear();
                    channel.receiveReady();
                }
            }
            assertTrue(names.indexOf("br-a") >= 0 && names.indexOf("br-a") < names.indexOf("br-b"), names.toString());
            assertEquals(Thread.currentThread(), handlerThread[0], "the handler runs on the selecting thread");
            channel.close();
            assertFalse(channel.subscription().isOpen());
            assertEquals(List.of("close"), calls);
        }
    }
}
