package io.jnetlink.core;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.Netlink;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteSocketIT {
    private static final int RTM_NEWLINK = 16;
    private static final int RTM_GETLINK = 18;
    private static final int IFLA_IFNAME = 3;
    private static final int IFLA_LINKINFO = 18;
    private static final int IFLA_INFO_KIND = 1;

    @Test
    void shouldDumpOnlyLoopbackInAFreshNamespace() {
        try (NetNamespace ns = NetNamespace.create();
             NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE, ns)) {
            AttributeReader attrs = new AttributeReader();
            List<String> names = new ArrayList<>();
            c.dump("RTM_GETLINK", w -> {
                int m = w.beginMessage(RTM_GETLINK, 0);
                w.reserve(16);
                w.endMessage(m);
            }, msg -> {
                if (msg.attributes(attrs, 16) != null && attrs.find(IFLA_IFNAME)) {
                    names.add(attrs.string());
                }
                return true;
            });
            assertEquals(List.of("lo"), names);
        }
    }

    @Test
    void shouldCarryErrnoAndKernelMessageOfARefusal() {
        try (NetNamespace ns = NetNamespace.create();
             NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE, ns)) {
            NetlinkException e = assertThrows(NetlinkException.class, () -> c.request("RTM_NEWLINK x", w -> {
                int m = w.beginMessage(RTM_NEWLINK, Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL);
                w.reserve(16);
                w.putAttrString(IFLA_IFNAME, "x");
                int info = w.beginNested(IFLA_LINKINFO);
                w.putAttrString(IFLA_INFO_KIND, "no-such-kind");
                w.endNested(info);
                w.endMessage(m);
            }));
            assertEquals(Errno.EOPNOTSUPP, e.errno());
            assertTrue(e.isKernelError());
            assertEquals("Unknown device type", e.kernelMessage().orElse(""));
            assertTrue(e.getMessage().startsWith("RTM_NEWLINK x: EOPNOTSUPP"), e.getMessage());
        }
    }
}
