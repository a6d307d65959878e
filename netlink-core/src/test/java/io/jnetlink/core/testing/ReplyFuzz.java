package io.jnetlink.core.testing;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.Netlink;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Fuzzes a protocol's query layer (the request engine and everything above the decoders) over a
 * {@link FakeKernel} that answers each request with captured kernel replies, one of them mutated by
 * {@link FuzzMutator}: dumps get every captured answer then {@code NLMSG_DONE}, look-ups one random
 * answer, acknowledged requests an ACK. Whatever the query returns must be a value whose every accessor
 * works ({@link Accessors#touch}); a {@link NetlinkException} or {@link NetlinkDecodeException} is a
 * clean refusal; anything else, a hang or an allocation out of bounds fails ({@link FuzzRunner}).
 */
public final class ReplyFuzz {
    /** Per run, not per input byte (8-byte seed × 4 MiB): the fake kernel, the engine and the accessor walk. */
    private static final int ALLOWANCE = 4 << 20;

    private final Map<Integer, List<byte[]>> answers;
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    /** @param answers the captured messages that answer each request type */
    public ReplyFuzz(Map<Integer, List<byte[]>> answers) {
        this.answers = Map.copyOf(answers);
    }

    /** One run of {@code query} under {@link FuzzRunner}, the answers mutated as {@code seed} says. */
    public void check(long seed, Function<NetlinkConnection, Object> query) {
        byte[] input = ByteBuffer.allocate(Long.BYTES).putLong(seed).array();
        FuzzRunner.check(input, ALLOWANCE, b -> run(seed, query));
    }

    /** {@return runs that returned a value (the fuzzing reached the records, not only the error paths)} */
    public int completed() {
        return completed.get();
    }

    /** {@return runs that ended in a NetlinkException or NetlinkDecodeException} */
    public int refused() {
        return refused.get();
    }

    private void run(long seed, Function<NetlinkConnection, Object> query) {
        Random random = new Random(seed);
        int victim = random.nextInt(16);
        int[] counter = {0};
        FakeKernel kernel = new FakeKernel().onRequest((request, reply) -> {
            List<byte[]> found = answers.getOrDefault(request.type(), List.of());
            boolean dump = request.hasFlags(Netlink.NLM_F_DUMP);
            if (!dump && !found.isEmpty()) { // a look-up: the kernel answers with one object
                found = List.of(found.get(random.nextInt(found.size())));
            }
            for (byte[] message : found) {
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
            completed.incrementAndGet();
        } catch (NetlinkException | NetlinkDecodeException expected) {
            refused.incrementAndGet(); // a kernel error, a timeout for a reply the mutation destroyed, a malformed reply
        }
    }
}
