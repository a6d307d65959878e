package io.jnetlink.core.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mutates real netlink datagrams where it hurts: it first finds their structure without knowing
 * the protocol (every {@code nlmsghdr}, then every chain of {@code nlattr} that exactly fills a
 * message's payload from some 4-byte aligned start, recursively inside attribute values), then
 * applies one to three of: a length field set to a hostile value (0, 1, 3, 4, one off, 0xFFFF,
 * 2^31-1, 2^32-1, ...), truncation (framing repaired or not), byte flips, attribute type changes
 * (including the NLA_F_NESTED/NET_BYTEORDER bits), zeroed ranges, duplicated attributes and an
 * attribute wrapped in up to 16,000 levels of nesting, with every enclosing length fixed up so the
 * decoder, not the framing, has to cope.
 */
public final class FuzzMutator {
    private static final int NLMSG_HDRLEN = 16; // NLMSG_HDRLEN
    private static final int NLA_HDRLEN = 4;    // NLA_HDRLEN
    private static final int[] HOSTILE_U16 = {0, 1, 2, 3, 4, 5, 7, 8, 0xFFFF, 0xFFFC, 0x8000, 0x7FFF};
    private static final int[] HOSTILE_U32 = {0, 1, 3, 4, 15, 16, 17, 0xFFFF, 0x7FFFFFFF, 0xFFFFFFFF, 0x80000000,
            0xFFFFFFF0, 0x10000};

    /** A length field found in the input: where it is, its width (2 or 4) and who encloses it. */
    record Field(int offset, int width, int start, int length, List<Field> ancestors) {
    }

    private FuzzMutator() {
    }

    /** A mutated copy of {@code seed}; {@code random} decides everything, so a seed reproduces it. */
    public static byte[] mutate(byte[] seed, Random random) {
        byte[] out = seed.clone();
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            out = mutateOnce(out, random);
        }
        return out;
    }

    static byte[] mutateOnce(byte[] in, Random random) {
        List<Field> fields = structure(in);
        int choice = random.nextInt(fields.isEmpty() ? 3 : 9);
        switch (choice) {
            case 0:
                return truncate(in, random, fields);
            case 1:
                return flip(in, random);
            case 2:
                return zeroRange(in, random);
            case 3:
            case 4:
                return hostileLength(in, random, fields);
            case 5:
                return retype(in, random, fields);
            case 6:
                return nestDeep(in, random, fields);
            case 7:
                return duplicate(in, random, fields);
            default:
                return shiftLength(in, random, fields);
        }
    }

    /** Every nlmsg_len and nla_len of the input, outermost first. */
    public static List<Field> structure(byte[] in) {
        ByteBuffer b = ByteBuffer.wrap(in).order(ByteOrder.nativeOrder());
        List<Field> out = new ArrayList<>();
        int at = 0;
        while (in.length - at >= NLMSG_HDRLEN) {
            int len = b.getInt(at);
            if (len < NLMSG_HDRLEN || len > in.length - at) {
                break;
            }
            Field msg = new Field(at, 4, at, len, List.of());
            out.add(msg);
            int payload = at + NLMSG_HDRLEN;
            int payloadLength = len - NLMSG_HDRLEN;
            // the fixed header before the attributes is unknown: take the first aligned start whose
            // attributes exactly fill the payload
            for (int skip = 0; skip <= Math.min(64, payloadLength - NLA_HDRLEN); skip += 4) {
                List<Field> chain = new ArrayList<>();
                if (chain(b, payload + skip, payloadLength - skip, List.of(msg), chain, 0)) {
                    out.addAll(chain);
                    break;
                }
            }
            at += (len + 3) & ~3;
        }
        return out;
    }

    private static boolean chain(ByteBuffer b, int start, int length, List<Field> ancestors, List<Field> into, int depth) {
        if (length < NLA_HDRLEN || depth > 8) {
            return false;
        }
        List<Field> found = new ArrayList<>();
        int at = start;
        int end = start + length;
        while (end - at >= NLA_HDRLEN) {
            int len = b.getShort(at) & 0xFFFF;
            if (len < NLA_HDRLEN || len > end - at) {
                return false;
            }
            Field f = new Field(at, 2, at, len, ancestors);
            found.add(f);
            List<Field> inner = new ArrayList<>(ancestors);
            inner.add(f);
            List<Field> nested = new ArrayList<>();
            if (chain(b, at + NLA_HDRLEN, len - NLA_HDRLEN, inner, nested, depth + 1)) {
                found.addAll(nested);
            }
            int advance = (len + 3) & ~3;
            at = Math.min(end, at + advance);
        }
        if (at != end) {
            return false;
        }
        into.addAll(found);
        return true;
    }

    private static Field pick(List<Field> fields, Random random) {
        return fields.get(random.nextInt(fields.size()));
    }

    private static int get(byte[] in, Field f) {
        ByteBuffer b = ByteBuffer.wrap(in).order(ByteOrder.nativeOrder());
        return f.width == 2 ? b.getShort(f.offset) & 0xFFFF : b.getInt(f.offset);
    }

    private static void put(byte[] in, Field f, int value) {
        ByteBuffer b = ByteBuffer.wrap(in).order(ByteOrder.nativeOrder());
        if (f.width == 2) {
            b.putShort(f.offset, (short) value);
        } else {
            b.putInt(f.offset, value);
        }
    }

    private static byte[] hostileLength(byte[] in, Random random, List<Field> fields) {
        Field f = pick(fields, random);
        int[] values = f.width == 2 ? HOSTILE_U16 : HOSTILE_U32;
        int v = random.nextInt(4) == 0 ? random.nextInt() : values[random.nextInt(values.length)];
        put(in, f, v);
        return in;
    }

    private static byte[] shiftLength(byte[] in, Random random, List<Field> fields) {
        Field f = pick(fields, random);
        put(in, f, get(in, f) + random.nextInt(17) - 8);
        return in;
    }

    private static byte[] truncate(byte[] in, Random random, List<Field> fields) {
        if (in.length == 0) {
            return in;
        }
        int cut = random.nextInt(in.length);
        byte[] out = Arrays.copyOf(in, cut);
        if (random.nextBoolean()) { // repair the enclosing message's length so the payload decoder sees it
            for (Field f : fields) {
                if (f.width == 4 && f.start < cut && f.start + f.length > cut && cut - f.start >= NLMSG_HDRLEN) {
                    put(out, new Field(f.offset, 4, f.start, f.length, List.of()), cut - f.start);
                }
            }
        }
        return out;
    }

    private static byte[] flip(byte[] in, Random random) {
        if (in.length == 0) {
            return in;
        }
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            in[random.nextInt(in.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return in;
    }

    private static byte[] zeroRange(byte[] in, Random random) {
        if (in.length == 0) {
            return in;
        }
        int from = random.nextInt(in.length);
        int to = Math.min(in.length, from + 1 + random.nextInt(32));
        Arrays.fill(in, from, to, (byte) 0);
        return in;
    }

    private static byte[] retype(byte[] in, Random random, List<Field> fields) {
        Field f = pick(fields, random);
        if (f.width == 4) { // nlmsg_type or nlmsg_flags
            int at = f.offset + 4 + 2 * random.nextInt(2);
            ByteBuffer.wrap(in).order(ByteOrder.nativeOrder()).putShort(at, (short) random.nextInt(0x10000));
            return in;
        }
        ByteBuffer b = ByteBuffer.wrap(in).order(ByteOrder.nativeOrder());
        int type = b.getShort(f.offset + 2) & 0xFFFF;
        int next = switch (random.nextInt(4)) {
            case 0 -> type ^ 0x8000; // NLA_F_NESTED
            case 1 -> type ^ 0x4000; // NLA_F_NET_BYTEORDER
            case 2 -> random.nextInt(0x10000);
            default -> (type & 0xC000) | random.nextInt(32);
        };
        b.putShort(f.offset + 2, (short) next);
        return in;
    }

    /** Inserts {@code bytes} at {@code at}, growing every enclosing length of {@code f} and {@code f} itself if asked. */
    private static byte[] insert(byte[] in, int at, byte[] bytes, List<Field> enclosing) {
        byte[] out = new byte[in.length + bytes.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(bytes, 0, out, at, bytes.length);
        System.arraycopy(in, at, out, at + bytes.length, in.length - at);
        for (Field e : enclosing) { // all start before `at`, so their offsets did not move
            int v = get(out, e) + bytes.length;
            if (e.width == 2 && v > 0xFFFF) {
                return in; // cannot grow a u16 length that far: leave the input as it was
            }
            put(out, e, v);
        }
        return out;
    }

    private static byte[] nestDeep(byte[] in, Random random, List<Field> fields) {
        List<Field> attrs = fields.stream().filter(f -> f.width == 2).toList();
        if (attrs.isEmpty()) {
            return in;
        }
        Field f = pick(attrs, random);
        int type = ByteBuffer.wrap(in).order(ByteOrder.nativeOrder()).getShort(f.offset + 2) & 0xFFFF;
        int room = 0xFFFF - f.length;
        for (Field a : f.ancestors) {
            if (a.width == 2) {
                room = Math.min(room, 0xFFFF - a.length);
            }
        }
        int levels = Math.min(room / 4, random.nextBoolean() ? 1 + random.nextInt(64) : 1 + random.nextInt(16_000));
        if (levels <= 0) {
            return in;
        }
        // levels headers in front of the attribute, each enclosing the rest: same type, nested
        ByteBuffer wrappers = ByteBuffer.allocate(levels * 4).order(ByteOrder.nativeOrder());
        int wrappedType = random.nextBoolean() ? type | 0x8000 : type;
        for (int i = 0; i < levels; i++) {
            wrappers.putShort((short) (f.length + 4 * (levels - i)));
            wrappers.putShort((short) wrappedType);
        }
        List<Field> enclosing = new ArrayList<>(f.ancestors);
        return insert(in, f.offset, wrappers.array(), enclosing);
    }

    private static byte[] duplicate(byte[] in, Random random, List<Field> fields) {
        List<Field> attrs = fields.stream().filter(f -> f.width == 2).toList();
        if (attrs.isEmpty()) {
            return in;
        }
        Field f = pick(attrs, random);
        int padded = Math.min((f.length + 3) & ~3, in.length - f.start);
        byte[] copy = Arrays.copyOfRange(in, f.start, f.start + padded);
        if (copy.length % 4 != 0) {
            return in;
        }
        return insert(in, f.start, copy, f.ancestors);
    }
}
