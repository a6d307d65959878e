package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.NetlinkConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad arguments are refused with an IllegalArgumentException naming the argument, before anything is sent. */
class ConntrackValidationTest {
    private static final ConntrackTuple TCP = tuple(6, "10.0.0.1", "10.0.0.2");
    private static final ConntrackTuple UDP = tuple(17, "10.0.0.1", "10.0.0.2");

    private static ConntrackTuple tuple(int protocol, String src, String dst) {
        try {
            return new ConntrackTuple(protocol, InetAddress.getByName(src), InetAddress.getByName(dst), 1000, 80);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void refused(String name, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(name), "message names " + name + ": " + e.getMessage());
    }

    @Test
    void shouldNameEachBadArgumentOfACreate() throws Exception {
        InetAddress v6 = InetAddress.getByName("2001:db8::1");
        refused("timeout", () -> Conntrack.create(TCP).timeout(0));
        refused("mark", () -> Conntrack.create(TCP).mark(1L << 32));
        refused("zone", () -> Conntrack.create(TCP).zone(65536));
        refused("label", () -> Conntrack.create(TCP).label(128));
        refused("state", () -> Conntrack.create(TCP).tcpState("OPEN"));
        refused("state", () -> Conntrack.create(UDP).tcpState("ESTABLISHED"));
        refused("reply", () -> Conntrack.create(TCP).reply(UDP));
        refused("source NAT", () -> Conntrack.create(TCP).sourceNat(v6, -1));
        refused("destination NAT port", () -> Conntrack.create(TCP).destinationNat(InetAddress.getByName("10.0.0.9"), 70000));
        refused("source NAT", () -> Conntrack.update(TCP).sourceNat(InetAddress.getByName("10.0.0.9"), -1));
        refused("tuple", () -> Conntrack.create(new ConntrackTuple(6, InetAddress.getByName("10.0.0.1"), v6, 1, 2)));
    }

    @Test
    void shouldRefuseACreateWithoutTimeoutBeforeSending() {
        // a null connection: apply must fail on the argument before it touches the connection
        refused("timeout", () -> Conntrack.create(TCP).mark(1).apply((NetlinkConnection) null));
    }

    @Test
    void shouldNameEachBadFilterArgument() throws Exception {
        refused("mark", () -> ConntrackFilter.all().mark(-1, 1));
        refused("mask", () -> ConntrackFilter.all().mark(1, 1L << 32));
        refused("zone", () -> ConntrackFilter.all().zone(-1));
        refused("statuses", () -> ConntrackFilter.all().status(java.util.Set.of()));
        refused("protocol", () -> ConntrackFilter.all().protocol(256));
        refused("destination port", () -> ConntrackFilter.all().destinationPort(65536));
        refused("destination", () -> ConntrackFilter.all().source(InetAddress.getByName("10.0.0.1"))
                .destination(InetAddress.getByName("2001:db8::1")));
        refused("protocol", () -> Conntrack.show().where(ConntrackFilter.all().destinationPort(80)));
        refused("family", () -> Conntrack.show().where(ConntrackFilter.all().protocol(6)).apply((NetlinkConnection) null));
        refused("zone", () -> Conntrack.get(TCP).zone(70000));
        refused("zone", () -> Conntrack.delete(TCP).zone(-2));
    }
}
