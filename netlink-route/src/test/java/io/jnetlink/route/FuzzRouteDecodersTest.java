package io.jnetlink.route;

import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.route.wire.IfAddrMsg;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.route.wire.FibRuleHdr;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.testing.Accessors;
import io.jnetlink.core.testing.FuzzInputs;
import io.jnetlink.core.testing.FuzzRunner;
import io.jnetlink.route.wire.IfInfoMsg;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import static io.jnetlink.core.testing.DecodeAttempts.wrapped;
import static io.jnetlink.core.testing.DecodeAttempts.attempt;

/**
 * Fuzzes every rtnetlink decoder — links ({@link LinkView}), addresses
 * ({@link AddressView}), routes ({@link RouteView}), neighbours ({@link NeighborView}) and rules
 * ({@code RuleView}) — with random bytes, random attribute chains behind a valid header of
 * the decoder's message type, and mutations of the kernel replies captured under
 * src/test/resources (link dump, ip addr/route/route -6/neigh/rule show). Every message of the
 * input goes through the decoder, then through every accessor of the view and the record, and
 * through the event decoder ({@code EventCodec}, all groups) — events have the layout of dump replies.
 */
class FuzzRouteDecodersTest {
    /** Decoder, view, record and event decoder each read the message: 4 × 64 bytes of allocation per input byte. */
    private static final int ALLOWANCE = 4 * 64;
    private static final List<byte[]> LINKS = split(List.of(LinkTestBytes.hex("dump-reply.hex")));
    private static final List<byte[]> ADDRESSES = captured("addr/ip-addr-show.hex");
    private static final List<byte[]> ROUTES = join(captured("route/ip-route-show-all.hex"),
            captured("route/ip6-route-show-all.hex"));
    private static final List<byte[]> NEIGHBOURS = captured("neigh/ip-neigh-show.hex");
    private static final List<byte[]> RULES = captured("rule/ip-rule-show.hex");

    // ---- decoders: every message, every accessor; NetlinkDecodeException from any of them is fine

    static void links(ByteBuffer b) {
        forEachMessage(b, m -> {
            LinkView v = new LinkView();
            byte[] scratch = new byte[32];
            if (wrapped(() -> v.wrap(m))) { // a view whose wrap failed is not to be read
                attempt(v::index, v::type, v::flags, v::isUp, () -> v.nameEquals("eth0"), () -> v.copyName(scratch), v::name,
                    v::hasKind, () -> v.kindEquals("veth"), v::mtu, v::masterIndex, v::linkIndex, v::txQueueLength,
                    v::group, v::operStateRaw, v::operState, () -> v.copyMacAddress(scratch), v::rxBytes, v::txBytes,
                    v::rxPackets, v::txPackets, () -> v.has(3), () -> Accessors.touch(v.toLink()));
            }
        });
    }

    static void addresses(ByteBuffer b) {
        forEachMessage(b, m -> {
            AddressView v = new AddressView();
            byte[] scratch = new byte[16];
            if (wrapped(() -> v.wrap(m))) { // a view whose wrap failed is not to be read
                attempt(v::family, v::prefixLength, v::flags, v::scope, v::index, () -> v.copyAddress(scratch), v::address,
                    v::peer, v::broadcast, () -> v.labelEquals("lo"), v::label, v::validLifetime,
                    v::preferredLifetime, () -> Accessors.touch(v.toAddress()));
            }
        });
    }

    static void routes(ByteBuffer b) {
        forEachMessage(b, m -> {
            RouteView v = new RouteView();
            byte[] scratch = new byte[16];
            if (wrapped(() -> v.wrap(m))) { // a view whose wrap failed is not to be read
                attempt(v::family, v::prefixLength, v::tos, v::table, v::protocol, v::scope, v::typeRaw, v::type, v::flags,
                    v::outputIndex, v::metric, v::mtu, v::nextHopCount, () -> v.copyDestination(scratch),
                    () -> v.copyGateway(scratch), v::hasGateway, v::destination, v::gateway, v::preferredSource,
                    v::nextHops, () -> Accessors.touch(v.toRoute()));
            }
        });
    }

    static void neighbours(ByteBuffer b) {
        forEachMessage(b, m -> {
            NeighborView v = new NeighborView();
            byte[] scratch = new byte[32];
            if (wrapped(() -> v.wrap(m))) { // a view whose wrap failed is not to be read
                attempt(v::family, v::index, v::stateRaw, v::state, v::flags, v::type, () -> v.copyAddress(scratch),
                    () -> v.copyMacAddress(scratch), v::address, v::macAddress, () -> Accessors.touch(v.toNeighbor()));
            }
        });
    }

    static void rules(ByteBuffer b) {
        forEachMessage(b, m -> attempt(() -> Accessors.touch(new RuleView().wrap(m).toRule())));
    }

    // ---- properties

    @Property
    void linksSurviveMutatedDump(@ForAll("mutatedLinks") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzRouteDecodersTest::links);
    }

    @Property
    void linksSurviveRandomAttributes(@ForAll("framedLinks") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzRouteDecodersTest::links);
    }

    @Property
    void addressesSurviveMutatedDump(@ForAll("mutatedAddresses") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzRouteDecodersTest::addresses);
    }

    @Property
    void addressesSurviveRandomAttributes(@ForAll("framedAddresses") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzRouteDecodersTest::addresses);
    }

    @Property
    void routesSurviveMutatedDump(@ForAll("mutatedRoutes") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzRouteDecodersTest::routes);
    }

    @Property
    void routesSurviveRandomAttributes(@ForAll("framedRoutes") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzRouteDecodersTest::routes);
    }

    @Property
    void neighboursSurviveMutatedDump(@ForAll("mutatedNeighbours") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzRouteDecodersTest::neighbours);
    }

    @Property
    void neighboursSurviveRandomAttributes(@ForAll("framedNeighbours") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzRouteDecodersTest::neighbours);
    }

    @Property
    void rulesSurviveMutatedDump(@ForAll("mutatedRules") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzRouteDecodersTest::rules);
    }

    @Property
    void rulesSurviveRandomAttributes(@ForAll("framedRules") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzRouteDecodersTest::rules);
    }

    @Property
    void everyDecoderSurvivesRandomBytes(@ForAll("random") byte[] input) {
        FuzzRunner.check(input, 5 * ALLOWANCE, b -> {
            links(b);
            addresses(b);
            routes(b);
            neighbours(b);
            rules(b);
        });
    }

    @Provide
    Arbitrary<byte[]> mutatedLinks() {
        return FuzzInputs.mutationsOf(LINKS);
    }

    @Provide
    Arbitrary<byte[]> framedLinks() {
        return FuzzInputs.framed(IfInfoMsg.LENGTH, Rtnl.RTM_NEWLINK, Rtnl.RTM_DELLINK);
    }

    @Provide
    Arbitrary<byte[]> mutatedAddresses() {
        return FuzzInputs.mutationsOf(ADDRESSES);
    }

    @Provide
    Arbitrary<byte[]> framedAddresses() {
        return FuzzInputs.framed(IfAddrMsg.LENGTH, Rtnl.RTM_NEWADDR, Rtnl.RTM_DELADDR);
    }

    @Provide
    Arbitrary<byte[]> mutatedRoutes() {
        return FuzzInputs.mutationsOf(ROUTES);
    }

    @Provide
    Arbitrary<byte[]> framedRoutes() {
        return FuzzInputs.framed(RtMsg.LENGTH, Rtnl.RTM_NEWROUTE, Rtnl.RTM_DELROUTE);
    }

    @Provide
    Arbitrary<byte[]> mutatedNeighbours() {
        return FuzzInputs.mutationsOf(NEIGHBOURS);
    }

    @Provide
    Arbitrary<byte[]> framedNeighbours() {
        return FuzzInputs.framed(NdMsg.LENGTH, Rtnl.RTM_NEWNEIGH, Rtnl.RTM_DELNEIGH);
    }

    @Provide
    Arbitrary<byte[]> mutatedRules() {
        return FuzzInputs.mutationsOf(RULES);
    }

    @Provide
    Arbitrary<byte[]> framedRules() {
        return FuzzInputs.framed(FibRuleHdr.LENGTH, Rtnl.RTM_NEWRULE, Rtnl.RTM_DELRULE);
    }

    @Provide
    Arbitrary<byte[]> random() {
        // random payloads behind a valid header of each type (plain random bytes die at the header check)
        return FuzzInputs.randomMessages(1024, Rtnl.RTM_NEWLINK, Rtnl.RTM_NEWADDR, Rtnl.RTM_NEWROUTE, Rtnl.RTM_NEWNEIGH,
                Rtnl.RTM_NEWRULE, Rtnl.RTM_DELLINK, Rtnl.RTM_DELROUTE);
    }

    @AfterContainer
    static void report() {
        System.out.println("FuzzRouteDecodersTest: " + FuzzRunner.summary());
    }

    // ---- helpers

    /** The event decoder (ip monitor) of every group, on the same message: events have the dump layout. */
    private static void events(MessageReader m) {
        EventCodec codec = new EventCodec(EnumSet.allOf(RouteEventGroup.class));
        attempt(() -> {
            Object update = codec.decode(m);
            Accessors.touch(update); // every accessor of the event and what it carries
        });
    }

    private static void forEachMessage(ByteBuffer b, Consumer<MessageReader> each) {
        MessageReader m = new MessageReader().wrap(b, 0, b.capacity());
        while (true) {
            try {
                if (!m.next()) {
                    return;
                }
            } catch (NetlinkDecodeException badFraming) {
                return;
            }
            each.accept(m);
            events(m);
        }
    }

    /** Whether {@code wrap} succeeded (false on NetlinkDecodeException). */

    /** Calls every accessor; each may end in NetlinkDecodeException, anything else escapes. */

    /** Whole datagrams of a captured resource, then each of their messages alone. */
    private static List<byte[]> captured(String resource) {
        List<byte[]> datagrams = new ArrayList<>();
        for (ByteBuffer d : RouteTestVectors.datagrams(resource)) {
            byte[] bytes = new byte[d.capacity()];
            d.get(0, bytes);
            datagrams.add(bytes);
        }
        return split(datagrams);
    }

    private static List<byte[]> split(List<byte[]> datagrams) {
        List<byte[]> out = new ArrayList<>(datagrams);
        for (byte[] d : datagrams) {
            ByteBuffer b = RouteTestVectors.direct(d);
            MessageReader m = new MessageReader().wrap(b, 0, d.length);
            while (m.next()) {
                byte[] one = new byte[m.length()];
                b.get(m.offset(), one);
                out.add(one);
            }
        }
        return out;
    }

    @SafeVarargs
    private static List<byte[]> join(List<byte[]>... lists) {
        List<byte[]> out = new ArrayList<>();
        for (List<byte[]> l : lists) {
            out.addAll(l);
        }
        return out;
    }
}
