package io.jnetlink.generic;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.testing.FuzzInputs;
import io.jnetlink.core.testing.FuzzRunner;
import io.jnetlink.generic.ethtool.ChannelsView;
import io.jnetlink.generic.ethtool.DriverInfo;
import io.jnetlink.generic.ethtool.EthtoolBitset;
import io.jnetlink.generic.ethtool.EthtoolStatistics;
import io.jnetlink.generic.ethtool.Feature;
import io.jnetlink.generic.ethtool.Features;
import io.jnetlink.generic.ethtool.FeaturesView;
import io.jnetlink.generic.ethtool.LinkSettings;
import io.jnetlink.generic.ethtool.LinkSettingsView;
import io.jnetlink.generic.ethtool.RingsView;
import io.jnetlink.generic.ethtool.StatisticsView;
import io.jnetlink.generic.ethtool.StringSetsView;
import io.jnetlink.generic.mptcp.MptcpEndpoint;
import io.jnetlink.generic.mptcp.MptcpEndpointView;
import io.jnetlink.generic.mptcp.MptcpLimitsView;
import io.jnetlink.generic.wireguard.WireguardDevice;
import io.jnetlink.generic.wireguard.WireguardDeviceView;
import io.jnetlink.generic.wireguard.WireguardPeer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import static io.jnetlink.core.testing.DecodeAttempts.attempt;

/**
 * Fuzzes every generic netlink decoder (nlctrl families, ethtool features in both bitset forms,
 * channels, rings, link settings, string sets, statistics, mptcp endpoints and limits, wireguard
 * devices) with mutations of the kernel's replies captured under src/test/resources/generic (and
 * the hand-built wireguard reply), random attribute chains behind a valid header, and random
 * bytes. Every accessor of every decoded value is called: values never throw later.
 */
class FuzzGenericDecodersTest {
    /** Twelve decoders read every message, each allowed 64 bytes of allocation per input byte. */
    private static final int ALLOWANCE = 12 * 64;
    private static final List<byte[]> DATAGRAMS = datagrams();
    private static final List<byte[]> MESSAGES = CapturedReplies.messages(CapturedReplies.FILES);
    private static final List<String> NAMES = List.of("rx-checksum", "tx-tcp-segmentation", "tx-scatter-gather");

    static void decodeAll(ByteBuffer b) {
        MessageReader m = new MessageReader().wrap(b, 0, b.capacity());
        while (true) {
            try {
                if (!m.next()) {
                    return;
                }
            } catch (NetlinkDecodeException badFraming) {
                return;
            }
            attempt(() -> family(new GenericFamilyView().wrap(m).toGenericFamily()),
                    () -> features(new FeaturesView().wrap(m).toFeatures()),
                    () -> features(new FeaturesView().names(NAMES).wrap(m).toFeatures()),
                    () -> touch(new ChannelsView().wrap(m).toChannels().toString()),
                    () -> touch(new RingsView().wrap(m).toRings().toString()),
                    () -> link(new LinkSettingsView().add(m).toLinkSettings()),
                    () -> touch(new StringSetsView().wrap(m).toStringSets().toString()
                            + new StringSetsView().wrap(m).toCounts()),
                    () -> statistics(new StatisticsView().wrap(m).toStatistics(NAMES)),
                    () -> endpoint(new MptcpEndpointView().wrap(m).toMptcpEndpoint()),
                    () -> touch(new MptcpLimitsView().wrap(m).toMptcpLimits().toString()),
                    () -> wireguard(new WireguardDeviceView().add(m).add(m).toWireguardDevice()),
                    () -> GenericNetlink.command(m));
        }
    }

    private static void touch(Object o) {
        if (o == null) {
            throw new AssertionError("a decoder returned null");
        }
    }

    private static void family(GenericFamily f) {
        touch(f.toString());
        f.operations().forEach(o -> touch(o.canDo() + " " + o.canDump() + o.hasPolicy() + o.needsAdmin()));
        touch(f.group("monitor"));
        touch(f.operation(1));
        f.unknown().forEach(a -> touch(a.type() + " " + a.nested() + a.value().length));
    }

    private static void features(Features f) {
        touch(f.toString() + f.feature("tx-tcp-segmentation") + f.isActive("rx-checksum") + f.ifindex() + f.device());
        for (Feature x : f.features()) {
            touch(x.fixed() + x.toString() + x.index() + x.name());
        }
    }

    private static void link(LinkSettings s) {
        touch(s.toString() + s.duplexName() + s.portName() + s.transceiverName() + s.linkDetected());
    }

    private static void statistics(EthtoolStatistics s) {
        touch(s.toString() + s.groups().hashCode() + s.driverStatistics());
        touch(new DriverInfo(s.ifindex(), s.device(), 1, 0, 0).supportsStatistics());
        touch(new EthtoolBitset(1, true, List.of()).setNames());
    }

    private static void endpoint(MptcpEndpoint e) {
        touch(e.toString() + e.signal() + e.subflow() + e.backup() + e.fullmesh() + e.implicit() + e.address());
    }

    private static void wireguard(WireguardDevice d) {
        touch(d.toString() + d.privateKey() + d.publicKey());
        for (WireguardPeer p : d.peers()) {
            touch(p.toString() + p.publicKey().isZero() + p.presharedKey() + p.endpoint() + p.lastHandshake() + p.allowedIps());
        }
    }

    @Property
    void capturedDatagramsSurviveMutation(@ForAll("mutatedDatagrams") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzGenericDecodersTest::decodeAll);
    }

    @Property
    void capturedMessagesSurviveMutation(@ForAll("mutatedMessages") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzGenericDecodersTest::decodeAll);
    }

    @Property
    void decodersSurviveRandomAttributes(@ForAll("framed") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzGenericDecodersTest::decodeAll);
    }

    @Property
    void decodersSurviveRandomBytes(@ForAll("random") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzGenericDecodersTest::decodeAll);
    }

    @Provide
    Arbitrary<byte[]> mutatedDatagrams() {
        return FuzzInputs.mutationsOf(DATAGRAMS);
    }

    @Provide
    Arbitrary<byte[]> mutatedMessages() {
        return FuzzInputs.mutationsOf(MESSAGES);
    }

    @Provide
    Arbitrary<byte[]> framed() {
        // the genlmsghdr is the 4-byte fixed header; the type (family id) does not steer these decoders
        return FuzzInputs.framed(GenericNetlink.HEADER_LENGTH, 0x10, 0x15, 0x1c, 0x40);
    }

    @Provide
    Arbitrary<byte[]> random() {
        return Arbitraries.oneOf(FuzzInputs.randomBytes(128), FuzzInputs.randomBytes(1024));
    }

    @AfterContainer
    static void report() {
        System.out.println("FuzzGenericDecodersTest: " + FuzzRunner.summary());
    }

    private static List<byte[]> datagrams() {
        List<byte[]> out = new ArrayList<>();
        CapturedReplies.FILES.forEach(f -> out.addAll(CapturedReplies.datagrams(f)));
        out.add(WireguardReply.bytes());
        return out;
    }
}
