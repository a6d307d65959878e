package io.jnetlink.route;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.testing.Accessors;
import io.jnetlink.core.testing.FakeKernel;
import io.jnetlink.core.testing.FuzzMutator;
import io.jnetlink.core.testing.FuzzRunner;
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
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Fuzzes the rtnetlink query layer above the decoders — listings with their filters, look-ups by name
 * and index, {@code ip route get}, and requests that first resolve an interface name — over a
 * {@link FakeKernel} that answers each request with the kernel replies captured under
 * src/test/resources, one of them mutated. Whatever comes back must be a value whose every accessor
 * works, or a {@link NetlinkException}/{@link NetlinkDecodeException}: never another exception, a hang,
 * or a value that throws later.
 */
class FuzzRouteRepliesTest {
    /** Per run, not per input byte (8-byte seed × 4 MiB): the fake kernel, the engine and the accessor walk. */
    private static final int ALLOWANCE = 4 << 20;
    /** The captured NEW messages answering each GET request type (rtnetlink.h: RTM_GETxxx = RTM_NEWxxx + 2). */
    private static final Map<Integer, List<byte[]>> ANSWERS = answers();
    /** Runs that returned a value (so the fuzzing reached the records, not only the error paths) and that failed cleanly. */
    private static final AtomicInteger COMPLETED = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();

    /** One run: {@code query} over a fake kernel that mutates answer message {@code victim} with {@code seed}. */
    private static void run(long seed, Function<NetlinkConnection, Object> query) {
        Random random = new Random(seed);
        int victim = random.nextInt(16);
        int[] counter = {0};
        FakeKernel kernel = new FakeKernel().onRequest((request, reply) -> {
            List<byte[]> answers = ANSWERS.getOrDefault(request.type(), List.of());
            boolean dump = request.hasFlags(Netlink.NLM_F_DUMP);
            if (!dump && !answers.isEmpty()) { // a look-up: the kernel answers with one object
                answers = List.of(answers.get(random.nextInt(answers.size())));
            }
            for (byte[] message : answers) {
                byte[] bytes = counter[0]++ == victim ? FuzzMutator.mutate(message, random) : message.clone();
                if (bytes.length >= 16) { // this request's sequence number and port id
                    ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder()).putInt(8, request.sequence()).putInt(12, 4242);
                }
                reply.raw(bytes).flush();
            }
            if (dump) {
                reply.done(request);
            } else if (request.hasFlags(Netlink.NLM_F_ACK)) {
                reply.ack(request);
            }
        });
        try (NetlinkConnection c = NetlinkConnection.over(kernel).replyTimeoutMillis(300)) {
            Accessors.touch(query.apply(c));
            COMPLETED.incrementAndGet();
        } catch (NetlinkException | NetlinkDecodeException expected) {
            REFUSED.incrementAndGet();
            // a kernel error, a timeout for a reply the mutation destroyed, or a malformed reply
        }
    }

    private static void check(long seed, Function<NetlinkConnection, Object> query) {
        byte[] input = ByteBuffer.allocate(Long.BYTES).putLong(seed).array();
        FuzzRunner.check(input, ALLOWANCE, b -> run(seed, query));
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
        System.out.println("FuzzRouteRepliesTest: " + FuzzRunner.summary() + " completed=" + COMPLETED + " refused=" + REFUSED);
        if (COMPLETED.get() == 0) {
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
