package io.jnetlink.core.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Random;

/**
 * jqwik generators for decoder fuzzing: plain random bytes, random payloads behind a valid
 * {@code nlmsghdr} of a chosen type (random attribute chains, so decoders get past the framing),
 * and {@link FuzzMutator mutations} of captured kernel replies.
 */
public final class FuzzInputs {
    private FuzzInputs() {
    }

    /** Random bytes of 0..{@code maxLength}. */
    public static Arbitrary<byte[]> randomBytes(int maxLength) {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(maxLength);
    }

    /**
     * Random bytes behind a valid {@code nlmsghdr} of one of {@code types} ({@code nlmsg_len} the
     * real length): unlike {@link #randomBytes}, whose inputs almost all die at the first header
     * check, these reach the decoders of each type with random payloads.
     */
    public static Arbitrary<byte[]> randomMessages(int maxPayload, int... types) {
        return Combinators.combine(Arbitraries.of(box(types)), randomBytes(maxPayload), Arbitraries.integers().between(0, 0xFFFF))
                .as((type, payload, flags) -> {
                    ByteBuffer b = ByteBuffer.allocate(16 + payload.length).order(ByteOrder.nativeOrder());
                    b.putInt(0, 16 + payload.length).putShort(4, (short) (int) type).putShort(6, (short) (int) flags);
                    b.put(16, payload);
                    return b.array();
                });
    }

    /** A mutation of one of {@code seeds} (each a whole datagram or message). */
    public static Arbitrary<byte[]> mutationsOf(List<byte[]> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seeds");
        }
        return Combinators.combine(Arbitraries.of(seeds), Arbitraries.longs())
                .as((seed, r) -> FuzzMutator.mutate(seed, new Random(r)));
    }

    /**
     * One message of one of {@code types} with a valid header, then {@code fixedHeader} random
     * bytes and a random chain of attributes (types 0..31, sometimes nested, random values).
     */
    public static Arbitrary<byte[]> framed(int fixedHeader, int... types) {
        return Combinators.combine(Arbitraries.of(box(types)), Arbitraries.longs())
                .as((type, r) -> framedMessage(type, fixedHeader, new Random(r)));
    }

    static byte[] framedMessage(int type, int fixedHeader, Random random) {
        ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.nativeOrder());
        b.position(16);
        for (int i = 0; i < fixedHeader; i++) {
            b.put((byte) (random.nextInt(4) == 0 ? random.nextInt(256) : random.nextInt(3)));
        }
        while (b.position() % 4 != 0) {
            b.put((byte) 0);
        }
        attributes(b, random, 0, 1 + random.nextInt(12));
        int length = random.nextInt(20) == 0 ? Math.max(16, b.position() - random.nextInt(8)) : b.position();
        b.putInt(0, length);
        b.putShort(4, (short) type);
        b.putShort(6, (short) (random.nextInt(4) == 0 ? random.nextInt(0x10000) : 0x2)); // NLM_F_MULTI mostly
        b.putInt(8, random.nextInt(100));
        b.putInt(12, 0);
        byte[] out = new byte[b.position()];
        b.get(0, out);
        return out;
    }

    private static void attributes(ByteBuffer b, Random random, int depth, int count) {
        for (int i = 0; i < count && b.remaining() > 64; i++) {
            int start = b.position();
            int type = random.nextInt(32) | (random.nextInt(3) == 0 ? 0x8000 : 0) | (random.nextInt(8) == 0 ? 0x4000 : 0);
            b.position(start + 4);
            if (depth < 4 && random.nextInt(3) == 0) {
                attributes(b, random, depth + 1, 1 + random.nextInt(4));
            } else {
                int n = switch (random.nextInt(5)) {
                    case 0 -> 1;
                    case 1 -> 2;
                    case 2 -> 4;
                    case 3 -> 8;
                    default -> random.nextInt(Math.min(40, b.remaining() - 8));
                };
                for (int k = 0; k < n; k++) {
                    b.put((byte) (random.nextInt(3) == 0 ? 0 : random.nextInt(256)));
                }
            }
            b.putShort(start, (short) (b.position() - start));
            b.putShort(start + 2, (short) type);
            while (b.position() % 4 != 0) {
                b.put((byte) 0);
            }
        }
    }

    private static Integer[] box(int[] values) {
        Integer[] out = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
