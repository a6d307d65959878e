package io.jnetlink.generic.mptcp;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkBatch;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.generic.Cli;
import io.jnetlink.junit.NetnsTest;
import io.jnetlink.route.Addresses;
import io.jnetlink.route.Links;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ip mptcp endpoint/limits} (iproute2 6.1) is the oracle of {@link MptcpEndpoints}. */
class MptcpEndpointsIT {
    private static final Pattern OBJECT = Pattern.compile("\\{([^}]*)}");

    private static void veth(NetNamespace ns) {
        Links.create().veth("veth0").peer("veth1").in(ns).apply();
        // an endpoint with a port gets a listening socket: its address must exist
        Addresses.add("10.0.0.2/24").dev("veth0").in(ns).apply();
    }

    /** {@code ip -j mptcp endpoint show}, each endpoint as "address port id flags dev". */
    static List<String> ipEndpoints(NetNamespace ns) throws Exception {
        List<String> out = new ArrayList<>();
        Matcher m = OBJECT.matcher(Cli.run(ns, "ip", "-j", "mptcp", "endpoint", "show"));
        while (m.find()) {
            String o = m.group(1);
            StringBuilder flags = new StringBuilder();
            for (String f : List.of("signal", "subflow", "backup", "fullmesh", "implicit")) {
                if (o.contains("\"" + f + "\":true")) {
                    flags.append(f).append(',');
                }
            }
            out.add(field(o, "address") + " " + (field(o, "port").isEmpty() ? "0" : field(o, "port")) + " " + field(o, "id")
                    + " " + flags + " " + field(o, "dev"));
        }
        return out;
    }

    private static String field(String object, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\"?([^,\"]*)\"?").matcher(object);
        return m.find() ? m.group(1) : "";
    }

    static List<String> ours(NetNamespace ns) {
        return MptcpEndpoints.list().in(ns).apply().stream().map(e -> {
            StringBuilder flags = new StringBuilder();
            if (e.signal()) flags.append("signal,");
            if (e.subflow()) flags.append("subflow,");
            if (e.backup()) flags.append("backup,");
            if (e.fullmesh()) flags.append("fullmesh,");
            if (e.implicit()) flags.append("implicit,");
            String dev = e.ifindex() == 0 ? "" : Links.list(ns).stream().filter(l -> l.index() == e.ifindex())
                    .findFirst().orElseThrow().name();
            return IpAddresses.format(e.address()) + " " + e.port() + " " + e.id() + " " + flags + " " + dev;
        }).toList();
    }

    @NetnsTest
    void shouldAddEndpointsThatIpShowsAndReadWhatIpAdded(NetNamespace byLibrary, NetNamespace byIp) throws Exception {
        veth(byLibrary);
        veth(byIp);
        MptcpEndpoints.add("10.0.0.1").dev("veth0").signal().id(5).in(byLibrary).apply();
        MptcpEndpoints.add("10.0.0.2").port(1000).signal().backup().in(byLibrary).apply();
        MptcpEndpoints.add("fd00::1").subflow().fullmesh().in(byLibrary).apply();
        Cli.run(byIp, "ip", "mptcp", "endpoint", "add", "10.0.0.1", "dev", "veth0", "signal", "id", "5");
        Cli.run(byIp, "ip", "mptcp", "endpoint", "add", "10.0.0.2", "port", "1000", "signal", "backup");
        Cli.run(byIp, "ip", "mptcp", "endpoint", "add", "fd00::1", "subflow", "fullmesh");

        List<String> shown = ipEndpoints(byLibrary);
        assertEquals(3, shown.size(), shown.toString());
        assertEquals(shown, ipEndpoints(byIp));
        assertEquals(shown, ours(byIp));
        assertEquals(shown, ours(byLibrary));
        assertEquals("10.0.0.1 0 5 signal, veth0", shown.get(0));

        MptcpEndpoints.delete(5).in(byLibrary).apply();
        assertEquals(2, ipEndpoints(byLibrary).size());
        MptcpEndpoints.flush().in(byLibrary).apply();
        assertEquals(List.of(), ipEndpoints(byLibrary));
        assertEquals(List.of(), MptcpEndpoints.list().in(byLibrary).apply());
    }

    @NetnsTest
    void shouldSetAndShowLimitsBothWays(NetNamespace ns) throws Exception {
        MptcpEndpoints.setLimits().subflows(3).addAddrAccepted(4).in(ns).apply();
        assertEquals("add_addr_accepted 4 subflows 3", Cli.run(ns, "ip", "mptcp", "limits", "show").strip());
        Cli.run(ns, "ip", "mptcp", "limits", "set", "subflow", "1");
        MptcpLimits limits = MptcpEndpoints.showLimits().in(ns).apply();
        assertEquals(1, limits.subflows());
        assertEquals(4, limits.addAddrAccepted());
        assertEquals(Cli.run(ns, "ip", "mptcp", "limits", "show").strip(), limits.toString());
    }

    @NetnsTest
    void shouldCarryTheKernelsErrorTextAndErrno(NetNamespace ns) {
        NetlinkException tooMany = assertThrows(NetlinkException.class,
                () -> MptcpEndpoints.setLimits().subflows(1000).in(ns).apply());
        assertEquals(Errno.EINVAL, tooMany.errno());
        assertTrue(tooMany.getMessage().contains("MPTCP_PM_CMD_SET_LIMITS"), tooMany.getMessage());
        assertTrue(tooMany.getMessage().contains("kernel says \"limit greater than maximum (8)\" [attribute at offset 20]"), tooMany.getMessage());
        NetlinkException missing = assertThrows(NetlinkException.class, () -> MptcpEndpoints.delete(77).in(ns).apply());
        assertTrue(missing.getMessage().contains("id 77"), missing.getMessage());
        NetlinkException noDev = assertThrows(NetlinkException.class,
                () -> MptcpEndpoints.add("10.0.0.9").dev("nosuch0").in(ns).apply());
        assertEquals(Errno.ENODEV, noDev.errno());
    }

    @NetnsTest
    void shouldSendABatchOfEndpointsInOneExchange(NetNamespace ns) throws Exception {
        try (NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_GENERIC, ns)) {
            NetlinkBatch batch = NetlinkBatch.on(c);
            for (int i = 1; i <= 5; i++) {
                batch.add(MptcpEndpoints.add("10.0.1." + i).id(i).subflow().encoder(c));
            }
            batch.apply();
        }
        assertEquals(5, ipEndpoints(ns).size());
        assertEquals(ipEndpoints(ns), ours(ns));
    }
}
