package io.jnetlink.generic;

import io.jnetlink.core.message.MessageReader;
import io.jnetlink.generic.ethtool.Channels;
import io.jnetlink.generic.ethtool.ChannelsView;
import io.jnetlink.generic.ethtool.FeaturesView;
import io.jnetlink.generic.ethtool.LinkSettings;
import io.jnetlink.generic.ethtool.LinkSettingsView;
import io.jnetlink.generic.ethtool.StringSetsView;
import io.jnetlink.generic.mptcp.MptcpEndpoint;
import io.jnetlink.generic.mptcp.MptcpEndpointView;
import io.jnetlink.generic.mptcp.MptcpLimitsView;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decoders read the kernel's own replies (captured from genl, ethtool and ip on a veth pair) as those tools showed them. */
class CapturedRepliesTest {
    /** Decodes every message of the capture that {@code decoder} accepts (null: not its kind). */
    static <T> List<T> decode(String capture, int familyId, Function<MessageReader, T> decoder) {
        List<T> out = new ArrayList<>();
        for (byte[] d : CapturedReplies.datagrams(capture)) {
            MessageReader m = CapturedReplies.reader(d);
            while (m.next()) {
                if (m.type() == familyId) {
                    T v = decoder.apply(m);
                    if (v != null) {
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }

    static GenericFamily family(String name) {
        return decode("nlctrl", 0x10, m -> new GenericFamilyView().wrap(m).toGenericFamily()).stream()
                .filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void shouldReadTheFamiliesGenlListed() {
        List<String> names = decode("nlctrl", 0x10, m -> new GenericFamilyView().wrap(m).toGenericFamily().name());
        assertTrue(names.containsAll(List.of("nlctrl", "ethtool", "mptcp_pm", "tcp_metrics")), names.toString());
        assertEquals("monitor", family("ethtool").groups().get(0).name());
    }

    @Test
    void shouldReadChannelsAndLinkSettingsAsEthtoolPrintedThem() {
        int ethtool = family("ethtool").id();
        Channels c = decode("ethtool-channels", ethtool, m -> GenericNetlink.command(m) == 18
                ? new ChannelsView().wrap(m).toChannels() : null).get(0);
        // ethtool -l veth0: RX 2 TX 2 Other n/a Combined n/a, then RX 1 TX 1
        assertEquals(List.of(2L, 2L, 0L, 0L, 1L, 1L), List.of(c.rxMax(), c.txMax(), c.otherMax(), c.combinedMax(), c.rx(), c.tx()));
        LinkSettingsView view = new LinkSettingsView();
        decode("ethtool-link", ethtool, m -> List.of(2, 4, 6).contains(GenericNetlink.command(m)) ? view.add(m) : null);
        LinkSettings s = view.toLinkSettings();
        // ethtool veth0: Speed: 10000Mb/s, Duplex: Full, Port: Twisted Pair, Transceiver: internal, Link detected: yes
        assertEquals(10000, s.speed());
        assertEquals("Full", s.duplexName());
        assertEquals("Twisted Pair", s.portName());
        assertEquals("internal", s.transceiverName());
        assertEquals(true, s.linkDetected().orElseThrow());
    }

    @Test
    void shouldNameCompactFeatureBitsThroughTheStringSet() {
        int ethtool = family("ethtool").id();
        List<String> names = decode("ethtool-features", ethtool, m -> GenericNetlink.command(m) == 1
                ? new StringSetsView().wrap(m).toStringSets() : null).stream()
                .map(sets -> sets.get(4)).filter(s -> s != null && !s.isEmpty()).findFirst().orElseThrow();
        var features = decode("ethtool-features", ethtool, m -> GenericNetlink.command(m) == 11
                ? new FeaturesView().names(names).wrap(m).toFeatures() : null).get(0);
        assertEquals("veth0", features.device());
        assertTrue(features.feature("tx-tcp-segmentation").orElseThrow().active());
        assertTrue(features.feature("tx-checksum-ipv4").orElseThrow().fixed());
    }

    @Test
    void shouldKeepRecordsIntactWhenTheReceiveBufferIsReused() {
        int mptcp = family("mptcp_pm").id();
        List<MptcpEndpoint> read = new ArrayList<>();
        MessageReader m = null;
        for (byte[] datagram : CapturedReplies.datagrams("mptcp-endpoints")) {
            MessageReader r = CapturedReplies.reader(datagram);
            while (r.next()) {
                if (r.type() == mptcp) {
                    read.add(new MptcpEndpointView().wrap(r).toMptcpEndpoint());
                    m = r;
                }
            }
            if (m != null) {
                break;
            }
        }
        String before = read.toString();
        for (int i = 0; i < m.buffer().capacity(); i++) {
            m.buffer().put(i, (byte) 0xA5); // the next datagram lands in the same buffer
        }
        assertEquals(before, read.toString());
        assertTrue(!read.isEmpty());
    }

    @Test
    void shouldReadEndpointsAndLimitsAsIpPrintedThem() {
        int mptcp = family("mptcp_pm").id();
        List<String> endpoints = decode("mptcp-endpoints", mptcp, m -> new MptcpEndpointView().wrap(m).toMptcpEndpoint())
                .stream().map(MptcpEndpoint::toString).toList();
        assertEquals(List.of("10.0.0.1 id 5 signal ifindex 3", "10.0.0.2 port 1000 id 6 signal backup", "fd00::1 id 7 subflow fullmesh"),
                endpoints);
        assertEquals("add_addr_accepted 4 subflows 3",
                decode("mptcp-limits", mptcp, m -> new MptcpLimitsView().wrap(m).toMptcpLimits()).get(0).toString());
    }
}
