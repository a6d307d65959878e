package io.jnetlink.route.wire;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.testing.FuzzInputs;
import io.jnetlink.core.testing.FuzzRunner;
import io.jnetlink.route.bridge.BridgePortView;
import io.jnetlink.route.bridge.FdbView;
import io.jnetlink.route.bridge.MdbView;
import io.jnetlink.route.kinds.LinkKindInfo;
import io.jnetlink.route.nexthop.NexthopView;
import io.jnetlink.route.nsid.NsIdView;
import io.jnetlink.route.stats.LinkStatistics;
import io.jnetlink.route.testkit.Golden;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import static io.jnetlink.core.testing.DecodeAttempts.wrapped;
import static io.jnetlink.core.testing.DecodeAttempts.attempt;

/**
 * Fuzzes every decoder of the bridge, nexthop, nsid, link-kind and statistics families — FDB
 * ({@link FdbView}), MDB ({@link MdbView}), bridge ports and VLANs ({@link BridgePortView}),
 * nexthops ({@link NexthopView}), namespace ids ({@link NsIdView}), kind options
 * ({@link LinkKindInfo}) and link statistics ({@link LinkStatistics}) — with mutations of the kernel
 * replies captured under src/test/resources/{bridge,nexthop,nsid,kinds}, random attribute chains
 * behind a valid header of each family's message types, and random bytes. Every message goes
 * through every decoder and every accessor of the view and the record; only
 * {@link NetlinkDecodeException} may come out.
 */
class FuzzBridgeNexthopDecodersTest {
    /** Seven decoders, each reading the message and building records: allocation allowance per input byte. */
    private static final int ALLOWANCE = 8 * 64;
    private static final List<byte[]> REPLIES = replies();

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
            fdb(m);
            mdb(m);
            ports(m);
            nexthops(m);
            nsid(m);
            kinds(m);
            stats(m);
        }
    }

    private static void fdb(MessageReader m) {
        FdbView v = new FdbView();
        byte[] mac = new byte[6];
        if (wrapped(() -> v.wrap(m))) {
            attempt(v::family, v::index, v::stateRaw, v::flags, () -> v.copyMacAddress(mac), () -> v.macEquals(mac), v::macAddress,
                    v::vlan, v::port, v::vni, v::srcVni, v::masterIndex, v::viaIndex, v::nhid, v::hasDst, v::dst,
                    () -> {
                        var e = v.toFdbEntry();
                        e.toString();
                        e.isSelf();
                        e.isMaster();
                        e.isStatic();
                        e.isDynamic();
                        e.stateName();
                    });
        }
    }

    private static void mdb(MessageReader m) {
        MdbView v = new MdbView();
        if (wrapped(() -> v.wrap(m))) {
            attempt(v::bridgeIndex, () -> v.toEntries().forEach(e -> {
                e.toString();
                e.isPermanent();
            }));
        }
    }

    private static void ports(MessageReader m) {
        BridgePortView v = new BridgePortView();
        if (wrapped(() -> v.wrap(m))) {
            attempt(v::index, v::name, v::masterIndex, v::isPort, () -> v.forEachVlan(x -> x.toString()),
                    () -> v.toBridgePort().toString());
        }
    }

    private static void nexthops(MessageReader m) {
        NexthopView v = new NexthopView();
        if (wrapped(() -> v.wrap(m))) {
            attempt(v::id, v::family, v::scope, v::protocol, v::flags, v::outputIndex, v::isBlackhole, v::isFdb, v::groupSize,
                    () -> {
                        for (int i = 0; i < v.groupSize(); i++) {
                            v.groupMemberId(i);
                            v.groupMemberWeight(i);
                        }
                    }, v::groupType, v::encapType, v::hasGateway, v::gateway, () -> {
                        var n = v.toNexthop();
                        n.toString();
                        n.isGroup();
                        n.isResilient();
                        n.isOnLink();
                    });
        }
    }

    private static void nsid(MessageReader m) {
        NsIdView v = new NsIdView();
        if (wrapped(() -> v.wrap(m))) {
            attempt(v::nsid, () -> v.toNsId(Optional.of("x")).toString());
        }
    }

    private static void kinds(MessageReader m) {
        // the kind decoder reads IFLA_LINKINFO values: hand it every attribute value of the message
        AttributeReader a = new AttributeReader();
        attempt(() -> {
            m.attributes(a, Math.min(16, m.payloadLength()));
            while (a.next()) {
                byte[] value = a.bytes();
                attempt(() -> LinkKindInfo.decode(value).ifPresent(k -> {
                    k.toString();
                    k.kind();
                    k.otherAttributes();
                }));
            }
        });
    }

    private static void stats(MessageReader m) {
        attempt(() -> {
            var s = LinkStatistics.decode(m, new AttributeReader());
            if (s != null) {
                s.toString();
            }
        }, () -> {
            var s = LinkStatistics.decodeLinkMessage(m, new AttributeReader());
            if (s != null) {
                s.hashCode();
            }
        });
    }

    @Property
    void decodersSurviveMutatedReplies(@ForAll("mutated") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzBridgeNexthopDecodersTest::decodeAll);
    }

    @Property
    void decodersSurviveRandomAttributes(@ForAll("framed") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzBridgeNexthopDecodersTest::decodeAll);
    }

    @Property
    void decodersSurviveRandomBytes(@ForAll("random") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzBridgeNexthopDecodersTest::decodeAll);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return FuzzInputs.mutationsOf(REPLIES);
    }

    @Provide
    Arbitrary<byte[]> framed() {
        return Arbitraries.oneOf(
                FuzzInputs.framed(NdMsg.LENGTH, Rtnl.RTM_NEWNEIGH, Rtnl.RTM_DELNEIGH),
                FuzzInputs.framed(BrPortMsg.LENGTH, BrPortMsg.RTM_NEWMDB, BrPortMsg.RTM_GETMDB),
                FuzzInputs.framed(IfInfoMsg.LENGTH, Rtnl.RTM_NEWLINK),
                FuzzInputs.framed(NhMsg.LENGTH, NhMsg.RTM_NEWNEXTHOP, NhMsg.RTM_DELNEXTHOP),
                FuzzInputs.framed(NsidAttrs.HEADER_LENGTH, NsidAttrs.RTM_NEWNSID),
                FuzzInputs.framed(IfStatsMsg.LENGTH, IfStatsMsg.RTM_NEWSTATS));
    }

    @Provide
    Arbitrary<byte[]> random() {
        return Arbitraries.oneOf(FuzzInputs.randomBytes(128), FuzzInputs.randomBytes(1024));
    }

    /** Every captured kernel reply (whole datagrams and each message alone) and the captured link-kind requests. */
    private static List<byte[]> replies() {
        List<byte[]> out = new ArrayList<>();
        for (String r : List.of("bridge/fdb-show.hex", "bridge/mdb-show.hex", "bridge/link-show.hex", "nexthop/nh-show.hex",
                "nsid/nsid-list.hex", "kinds/getstats-reply.hex", "kinds/vlan.hex", "kinds/bond.hex", "kinds/gre.hex",
                "kinds/geneve.hex", "kinds/sit.hex", "nexthop/nh-add-mpls.hex", "bridge/vlan-add-range.hex")) {
            for (ByteBuffer d : Golden.datagrams(r)) {
                byte[] bytes = new byte[d.capacity()];
                d.get(0, bytes);
                out.add(bytes);
            }
            out.addAll(Golden.messages(r));
        }
        return out;
    }

}
