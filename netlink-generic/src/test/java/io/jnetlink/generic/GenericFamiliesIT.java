package io.jnetlink.generic;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.junit.NetnsTest;
import io.jnetlink.route.Links;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code genl ctrl list} is the oracle of {@link GenericFamilies}. */
class GenericFamiliesIT {
    private static final Pattern FAMILY = Pattern.compile(
            "Name: (\\S+)\\s+ID: 0x(\\p{XDigit}+)\\s+Version: 0x(\\p{XDigit}+)\\s+header size: (\\d+)\\s+max attribs: (\\d+)");
    private static final Pattern OP = Pattern.compile("#\\d+:\\s+ID-0x(\\p{XDigit}+)(?:\\s*Capabilities \\(0x(\\p{XDigit}+)\\))?");
    private static final Pattern GROUP = Pattern.compile("#\\d+:\\s+ID-0x(\\p{XDigit}+)\\s+name: (\\S+)");

    @NetnsTest
    void shouldListEveryFamilyWithItsOpsAndGroupsAsGenlDoes(NetNamespace ns) throws Exception {
        Map<String, String> expected = parse(Cli.run(ns, "genl", "ctrl", "list"));
        Map<String, String> actual = new LinkedHashMap<>();
        for (GenericFamily f : GenericFamilies.list(ns)) {
            actual.put(f.name(), describe(f, expected.getOrDefault(f.name(), "")));
        }
        assertEquals(expected, actual);
        assertTrue(actual.containsKey("ethtool") && actual.containsKey("mptcp_pm"), actual.keySet().toString());
    }

    @NetnsTest
    void shouldResolveOneFamilyAndItsGroupsLikeGenlCtrlGet(NetNamespace ns) throws Exception {
        GenericFamily ethtool = GenericFamilies.get("ethtool", ns).orElseThrow();
        assertEquals(parse(Cli.run(ns, "genl", "ctrl", "get", "name", "ethtool")).get("ethtool"), describe(ethtool, "ops=[1/?"));
        assertTrue(ethtool.group("monitor").isPresent());
        assertEquals(1, ethtool.version());
        // flags genl 6.1 does not print: ETHTOOL_MSG_STRSET_GET can do and dump, FEATURES_SET (12) needs admin
        assertTrue(ethtool.operation(1).orElseThrow().canDo() && ethtool.operation(1).orElseThrow().canDump());
        assertTrue(ethtool.operation(12).orElseThrow().needsAdmin() && !ethtool.operation(12).orElseThrow().canDump());
        assertTrue(GenericFamilies.get("no-such-family", ns).isEmpty());
    }

    @NetnsTest
    void shouldCacheResolutionsPerConnectionAndNameAMissingFamily(NetNamespace ns) {
        try (NetlinkConnection a = NetlinkConnection.open(Netlink.NETLINK_GENERIC, ns);
             NetlinkConnection b = NetlinkConnection.open(Netlink.NETLINK_GENERIC, ns)) {
            GenericFamily first = GenericFamilies.resolve(a, "mptcp_pm");
            assertSame(first, GenericFamilies.resolve(a, "mptcp_pm"));
            GenericFamily other = GenericFamilies.resolve(b, "mptcp_pm");
            assertEquals(first, other);
            GenericFamilies.forget(a, "mptcp_pm");
            assertEquals(first, GenericFamilies.resolve(a, "mptcp_pm"));
            NetlinkException e = assertThrows(NetlinkException.class, () -> GenericFamilies.resolve(a, "wireguard"));
            assertEquals(Errno.ENOENT, e.errno());
            assertTrue(e.getMessage().contains("wireguard"), e.getMessage());
        }
    }

    @NetnsTest
    void shouldSendAnyCommandOfAnyFamilyWithRawAttributes(NetNamespace ns) {
        Links.create().veth("veth0").peer("veth1").in(ns).apply();
        // netdev NETDEV_CMD_DEV_GET (1) as a dump: one message per device, NETDEV_A_DEV_IFINDEX (1) first
        List<Integer> indexes = GenericFamilies.command("netdev", 1).dump().in(ns).apply().stream()
                .map(m -> ByteBuffer.wrap(m.attribute(1).orElseThrow().value())
                        .order(ByteOrder.nativeOrder()).getInt()).sorted().toList();
        assertEquals(Links.list(ns).stream().map(l -> l.index()).sorted().toList(), indexes);
        // nlctrl itself: CTRL_CMD_GETFAMILY (3) with CTRL_ATTR_FAMILY_NAME (2) answers CTRL_ATTR_FAMILY_ID (1)
        List<GenericMessage> replies = GenericFamilies.command("nlctrl", 3).attribute(2, "ethtool").in(ns).apply();
        assertEquals(1, replies.size());
        byte[] id = replies.get(0).attribute(1).orElseThrow().value();
        assertEquals(GenericFamilies.get("ethtool", ns).orElseThrow().id(),
                ByteBuffer.wrap(id).order(ByteOrder.nativeOrder()).getShort());
    }

    /** The families as genl prints them, one line per family with its ops and groups. */
    static Map<String, String> parse(String genl) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String block : genl.split("\\n(?=Name: )")) {
            Matcher m = FAMILY.matcher(block);
            if (!m.find()) {
                continue;
            }
            int groupsAt = block.indexOf("multicast groups:");
            String cmds = groupsAt < 0 ? block.substring(m.end()) : block.substring(m.end(), groupsAt);
            List<String> ops = new ArrayList<>();
            Matcher o = OP.matcher(cmds);
            while (o.find()) {
                // genl 6.1 prints the capabilities of nlctrl's ops only, though the kernel sends them for all
                ops.add(Integer.parseInt(o.group(1), 16) + "/" + (o.group(2) == null ? "?" : Integer.parseInt(o.group(2), 16)));
            }
            List<String> groups = new ArrayList<>();
            if (groupsAt >= 0) {
                Matcher g = GROUP.matcher(block.substring(groupsAt));
                while (g.find()) {
                    groups.add(g.group(2) + "=" + Integer.parseInt(g.group(1), 16));
                }
            }
            out.put(m.group(1), "id=" + Integer.parseInt(m.group(2), 16) + " version=" + Integer.parseInt(m.group(3), 16)
                    + " hdr=" + m.group(4) + " maxattr=" + m.group(5) + " ops=" + ops + " groups=" + groups);
        }
        return out;
    }

    /** Like {@link #parse}; flags shown as "?" where genl's line ({@code oracle}) does not show them. */
    static String describe(GenericFamily f, String oracle) {
        boolean flagsShown = !oracle.contains("/?");
        return "id=" + f.id() + " version=" + f.version() + " hdr=" + f.headerSize() + " maxattr=" + f.maxAttribute()
                + " ops=" + f.operations().stream().map(o -> o.id() + "/" + (flagsShown ? String.valueOf(o.flags()) : "?")).toList()
                + " groups=" + f.groups().stream().map(g -> g.name() + "=" + g.id()).toList();
    }
}
