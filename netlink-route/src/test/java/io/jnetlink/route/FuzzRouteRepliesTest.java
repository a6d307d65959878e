package io.jnetlink.route;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.testing.FuzzRunner;
import io.jnetlink.core.testing.ReplyFuzz;
import io.jnetlink.route.testkit.Golden;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fuzzes the rtnetlink query layer above the decoders — listings with their filters, look-ups by name
 * and index, {@code ip route get}, and requests that first resolve an interface name — over a
 * {@link io.jnetlink.core.testing.FakeKernel} ({@link ReplyFuzz}) that answers each request with the kernel replies captured under
 * src/test/resources, one of them mutated. Whatever comes back must be a value whose every accessor
 * works, or a {@link NetlinkException}/{@link NetlinkDecodeException}: never another exception, a hang,
 * or a value that throws later.
 */
class FuzzRouteRepliesTest {
    /** The captured NEW messages answering each GET request type (rtnetlink.h: RTM_GETxxx = RTM_NEWxxx + 2). */
    private static final ReplyFuzz FUZZ = new ReplyFuzz(answers());

    private static void check(long seed, Function<NetlinkConnection, Object> query) {
        FUZZ.check(seed, query);
    }

    @Property(tries = 150)
    void linkListingAndLookUpsSurviveMutatedReplies(@ForAll long seed) {
        check(seed, c -> List.of(Links.list(c), Links.get("veth0", c)));
    }

    @Property(tries = 150)
    void filteredAddressListingsSurviveMutatedReplies(@ForAll long seed) {
        check(seed, c -> List.of(Addresses.show().dev("veth0").ipv4().apply(c), Addresses.show().ipv6().apply(c)));
    }

    @Property(tries = 150)
    void filteredRouteListingsAndRouteGetSurviveMutatedReplies(@ForAll long seed) {
        check(seed, c -> List.of(Routes.show().allTables().dev("veth0").apply(c), Routes.show().table(300).ipv4().apply(c),
                Routes.get("10.7.1.1").oif("veth0").apply(c)));
    }

    @Property(tries = 150)
    void neighbourAndRuleListingsSurviveMutatedReplies(@ForAll long seed) {
        check(seed, c -> List.of(Neighbors.show().dev("veth0").apply(c), Rules.show().apply(c)));
    }

    @Property(tries = 150)
    void requestsThatResolveANameSurviveMutatedReplies(@ForAll long seed) {
        check(seed, c -> {
            Addresses.add("10.1.1.1/24").dev("veth0").apply(c);
            Routes.add("10.9.0.0/16").via("10.1.1.254").dev("veth0").apply(c);
            Neighbors.add("10.1.1.7").lladdr("02:00:00:00:00:07").dev("veth0").apply(c);
            return List.of();
        });
    }

    @AfterContainer
    static void report() {
        System.out.println("FuzzRouteRepliesTest: " + FuzzRunner.summary() + " completed=" + FUZZ.completed() + " refused="
                + FUZZ.refused());
        if (FUZZ.completed() == 0) {
            throw new AssertionError("no query completed: the fake kernel's answers do not reach the decoders");
        }
    }

    private static Map<Integer, List<byte[]>> answers() {
        List<byte[]> all = new ArrayList<>();
        all.addAll(Golden.messages(List.of(RouteTestVectors.direct(LinkTestBytes.hex("dump-reply.hex")))));
        for (String resource : List.of("addr/ip-addr-show.hex", "route/ip-route-show-all.hex", "route/ip6-route-show-all.hex",
                "neigh/ip-neigh-show.hex", "rule/ip-rule-show.hex")) {
            all.addAll(Golden.messages(resource));
        }
        Map<Integer, List<byte[]>> out = new HashMap<>();
        for (byte[] m : all) {
            int type = ByteBuffer.wrap(m).order(ByteOrder.nativeOrder()).getShort(4) & 0xffff;
            if (type >= Netlink.NLMSG_MIN_TYPE) {
                out.computeIfAbsent(type + 2, t -> new ArrayList<>()).add(m); // RTM_NEWxxx answers RTM_GETxxx
            }
        }
        return out;
    }
}
