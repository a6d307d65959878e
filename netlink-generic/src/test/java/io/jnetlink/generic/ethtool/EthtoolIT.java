package io.jnetlink.generic.ethtool;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.generic.Cli;
import io.jnetlink.junit.NetnsTest;
import io.jnetlink.route.Links;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ethtool (the CLI, 6.1) is the oracle of {@link Ethtool} on a veth pair the test makes. */
class EthtoolIT {
    private static final Pattern JSON_FEATURE = Pattern.compile(
            "\"([\\w-]+)\": \\{\\s*\"active\": (true|false|null),\\s*\"fixed\": (true|false|null),\\s*\"requested\": (true|false|null)\\s*}");

    static void veth(NetNamespace ns) {
        Links.create().veth("veth0").peer("veth1").in(ns).apply();
        Links.set("veth0").up().in(ns).apply();
        Links.set("veth1").up().in(ns).apply();
    }

    /** {@code ethtool --json -k DEV}: each feature it prints with all three states to "active/fixed/requested". */
    static Map<String, String> ethtoolFeatures(NetNamespace ns, String dev) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = JSON_FEATURE.matcher(Cli.run(ns, "ethtool", "--json", "-k", dev));
        while (m.find()) {
            if (!m.group(2).equals("null") && !m.group(3).equals("null")) {
                out.put(m.group(1), m.group(2) + "/" + m.group(3) + "/" + m.group(4));
            }
        }
        return out;
    }

    static Map<String, String> describe(Features features, Map<String, String> oracle) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : oracle.keySet()) {
            features.feature(name).ifPresent(f -> out.put(name, f.active() + "/" + f.fixed() + "/" + f.requested()));
        }
        return out;
    }

    @NetnsTest
    void shouldReadFeaturesAsEthtoolDoesInBothBitsetForms(NetNamespace ns) throws Exception {
        veth(ns);
        Map<String, String> oracle = ethtoolFeatures(ns, "veth0");
        Features verbose = Ethtool.showFeatures("veth0").in(ns).apply();
        // every feature ethtool names by its kernel name (not the old aliases such as "tcp-segmentation-offload")
        Map<String, String> ours = describe(verbose, oracle);
        assertTrue(ours.size() >= 50, ours.toString());
        oracle.keySet().retainAll(ours.keySet());
        assertEquals(oracle, ours);
        assertEquals(verbose, Ethtool.showFeaturesCompact("veth0").in(ns).apply());
        assertEquals("veth0", verbose.device());
        assertTrue(verbose.ifindex() > 0);
    }

    @NetnsTest
    void shouldSetAFeatureThatEthtoolThenShowsAndTheReverse(NetNamespace ns) throws Exception {
        veth(ns);
        Features after = Ethtool.features("veth0").set("tx-tcp-segmentation", false).in(ns).apply();
        assertFalse(after.isActive("tx-tcp-segmentation"));
        assertEquals("false/false/false", ethtoolFeatures(ns, "veth0").get("tx-tcp-segmentation"));

        Cli.run(ns, "ethtool", "-K", "veth0", "tx-tcp-segmentation", "on", "rx-gro-list", "on");
        Features back = Ethtool.showFeatures("veth0").in(ns).apply();
        assertTrue(back.isActive("tx-tcp-segmentation"));
        assertTrue(back.feature("rx-gro-list").orElseThrow().requested());

        // a fixed feature does not change: the kernel keeps it and apply() shows that
        Feature fixed = back.features().stream().filter(f -> f.fixed() && !f.active()).findFirst().orElseThrow();
        Features same = Ethtool.features("veth0").set(fixed.name(), true).in(ns).apply();
        assertFalse(same.isActive(fixed.name()));
    }

    @NetnsTest
    void shouldListFeaturesOfEveryDevice(NetNamespace ns) {
        veth(ns);
        List<String> devices = Ethtool.listFeatures().in(ns).apply().stream().map(Features::device).sorted().toList();
        assertEquals(List.of("lo", "veth0", "veth1"), devices);
    }

    @NetnsTest
    void shouldReadAndSetChannelsAsEthtoolDoes(NetNamespace ns) throws Exception {
        veth(ns);
        Channels c = Ethtool.showChannels("veth0").in(ns).apply();
        assertEquals(ethtoolChannels(ns), List.of(c.rxMax(), c.txMax(), c.otherMax(), c.combinedMax(), c.rx(), c.tx(),
                c.other(), c.combined()));

        Channels set = Ethtool.channels("veth0").rx(2).in(ns).apply();
        assertEquals(2, set.rx());
        assertEquals(List.of(2L, 1L), ethtoolChannels(ns).subList(4, 6));

        Cli.run(ns, "ethtool", "-L", "veth0", "tx", "2");
        assertEquals(2, Ethtool.showChannels("veth0").in(ns).apply().tx());

        NetlinkException tooMany = assertThrows(NetlinkException.class,
                () -> Ethtool.channels("veth0").rx(c.rxMax() + 1).in(ns).apply());
        assertEquals(Errno.EINVAL, tooMany.errno());
        assertEquals(1, Ethtool.listChannels().in(ns).apply().stream().filter(ch -> ch.device().equals("veth0")).count());
    }

    /** {@code ethtool -l}: RX, TX, Other, Combined maximums then current values; n/a is 0. */
    static List<Long> ethtoolChannels(NetNamespace ns) throws Exception {
        Matcher m = Pattern.compile("(?m)^(RX|TX|Other|Combined):\\s+(\\S+)").matcher(Cli.run(ns, "ethtool", "-l", "veth0"));
        Long[] v = new Long[8];
        int i = 0;
        while (m.find()) {
            v[i++] = m.group(2).equals("n/a") ? 0L : Long.parseLong(m.group(2));
        }
        assertEquals(8, i);
        return Arrays.asList(v);
    }

    @NetnsTest
    void shouldReportThatVethHasNoRingsAsEthtoolDoes(NetNamespace ns) throws Exception {
        veth(ns);
        Cli.Result g = Cli.attempt(ns, "ethtool", "-g", "veth0");
        assertTrue(g.exit() != 0 && g.output().contains("Operation not supported"), g.output());
        NetlinkException show = assertThrows(NetlinkException.class, () -> Ethtool.showRings("veth0").in(ns).apply());
        assertEquals(Errno.EOPNOTSUPP, show.errno());
        NetlinkException set = assertThrows(NetlinkException.class, () -> Ethtool.rings("veth0").rx(256).in(ns).apply());
        assertEquals(Errno.EOPNOTSUPP, set.errno());
    }

    @NetnsTest
    void shouldShowLinkSettingsAsEthtoolDoes(NetNamespace ns) throws Exception {
        veth(ns);
        LinkSettings s = Ethtool.show("veth0").in(ns).apply();
        String out = Cli.run(ns, "ethtool", "veth0");
        assertTrue(out.contains("Speed: " + s.speed() + "Mb/s"), out + "\n" + s);
        assertTrue(out.contains("Duplex: " + s.duplexName()), out);
        assertTrue(out.contains("Auto-negotiation: " + (s.autoneg() ? "on" : "off")), out);
        assertTrue(out.contains("Port: " + s.portName()), out);
        assertTrue(out.contains("PHYAD: " + s.phyAddress()), out);
        assertTrue(out.contains("Transceiver: " + s.transceiverName()), out);
        assertTrue(out.contains("Link detected: " + (s.linkDetected().orElseThrow() ? "yes" : "no")), out);
        assertTrue(out.contains("Supported link modes:   Not reported") == s.supportedModes().isEmpty(), out);
    }

    @NetnsTest
    void shouldAnswerTheNetlinkPartOfDriverInfoAndStatistics(NetNamespace ns) throws Exception {
        veth(ns);
        DriverInfo info = Ethtool.driverInfo("veth0").in(ns).apply();
        String i = Cli.run(ns, "ethtool", "-i", "veth0");
        assertTrue(i.contains("supports-statistics: " + (info.supportsStatistics() ? "yes" : "no")), i);
        assertTrue(i.contains("supports-test: " + (info.supportsTest() ? "yes" : "no")), i);
        assertTrue(i.contains("supports-priv-flags: " + (info.supportsPrivateFlags() ? "yes" : "no")), i);

        EthtoolStatistics stats = Ethtool.statistics("veth0").in(ns).apply();
        List<String> names = Pattern.compile("(?m)^\\s+([^:\\s]+):").matcher(Cli.run(ns, "ethtool", "-S", "veth0"))
                .results().map(r -> r.group(1)).toList();
        assertEquals(names, stats.driverStatistics());
        assertEquals(info.statistics(), names.size());
        // the kernel sends every standard group, but veth fills no counter: ethtool -S --all-groups prints none either
        assertEquals(Map.of(0, Map.of(), 1, Map.of(), 2, Map.of(), 3, Map.of()), stats.groups());
        assertTrue(Cli.run(ns, "ethtool", "-S", "veth0", "--all-groups").strip().endsWith("Standard stats for veth0:"));
    }

    @NetnsTest
    void shouldCarryTheKernelsTextForAnUnknownFeature(NetNamespace ns) {
        veth(ns);
        NetlinkException e = assertThrows(NetlinkException.class,
                () -> Ethtool.features("veth0").set("no-such-feature", true).in(ns).apply());
        assertEquals(Errno.EOPNOTSUPP, e.errno());
        // the extended ACK points at the bit nest naming the feature: nlmsghdr 16 + genlmsghdr 4 + header nest 24
        // (DEV_NAME "veth0", FLAGS) + WANTED 4 + BITS 4 = 56
        assertTrue(e.getMessage().contains("kernel says \"bit name not found\" [attribute at offset 56]"), e.getMessage());
    }

    @NetnsTest
    void shouldNameAMissingDeviceInTheError(NetNamespace ns) {
        NetlinkException e = assertThrows(NetlinkException.class, () -> Ethtool.showChannels("nosuch0").in(ns).apply());
        assertEquals(Errno.ENODEV, e.errno());
        assertTrue(e.getMessage().contains("nosuch0"), e.getMessage());
    }
}
