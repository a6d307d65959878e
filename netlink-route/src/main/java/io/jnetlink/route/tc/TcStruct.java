package io.jnetlink.route.tc;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.wire.RateSpec;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes the fixed structs that tc attributes carry, bounds-checked against the attribute's value. */
final class TcStruct {
    private TcStruct() {
    }

    static void require(AttributeReader a, int length, String what) {
        if (a.valueLength() < length) {
            throw new NetlinkDecodeException(what + " has " + a.valueLength() + " bytes, needs " + length, a.offset());
        }
    }

    static int u8(AttributeReader a, int off) {
        return a.buffer().get(a.valueOffset() + off) & 0xFF;
    }

    static int u16(AttributeReader a, int off) {
        return a.buffer().getShort(a.valueOffset() + off) & 0xFFFF;
    }

    static int u16Be(AttributeReader a, int off) {
        short v = a.buffer().getShort(a.valueOffset() + off);
        return (ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN ? v : Short.reverseBytes(v)) & 0xFFFF;
    }

    static int i32(AttributeReader a, int off) {
        return a.buffer().getInt(a.valueOffset() + off);
    }

    static long u32(AttributeReader a, int off) {
        return Integer.toUnsignedLong(i32(a, off));
    }

    static int i32Be(AttributeReader a, int off) {
        int v = i32(a, off);
        return ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN ? v : Integer.reverseBytes(v);
    }

    static long u64(AttributeReader a, int off) {
        return a.buffer().getLong(a.valueOffset() + off);
    }

    /** A u32 attribute's value (checked length). */
    static long u32Attr(AttributeReader a, String what) {
        require(a, 4, what);
        return u32(a, 0);
    }

    /** A u64 attribute's value (checked length). */
    static long u64Attr(AttributeReader a, String what) {
        require(a, 8, what);
        return u64(a, 0);
    }

    /** {@code tc_ratespec.rate} of the spec at {@code off}. */
    static long rate(AttributeReader a, int off) {
        return u32(a, off + RateSpec.RATE_OFFSET);
    }

    /** Writes a {@code tc_ratespec} as {@code tc_calc_rtable} leaves it: ethernet, no overhead, cell_align -1. */
    static void putRateSpec(MessageWriter w, int at, int cellLog, long rate32) {
        w.putU8At(at + RateSpec.CELL_LOG_OFFSET, cellLog);
        w.putU8At(at + RateSpec.LINKLAYER_OFFSET, RateSpec.TC_LINKLAYER_ETHERNET);
        w.putU16At(at + RateSpec.CELL_ALIGN_OFFSET, 0xFFFF);
        w.putU32At(at + RateSpec.RATE_OFFSET, (int) rate32);
    }

    /** Writes a rate table attribute ({@code __u32 rtab[256]}). */
    static void putRateTable(MessageWriter w, int type, long rate32, int cellLog) {
        int mark = w.beginNested(type, false);
        int at = w.reserve(RateSpec.RTAB_LENGTH);
        long[] rtab = Psched.rateTable(rate32, cellLog, 0);
        for (int i = 0; i < rtab.length; i++) {
            w.putU32At(at + 4 * i, (int) rtab[i]);
        }
        w.endNested(mark);
    }

    /** Begins an attribute whose value is a fixed struct of {@code length} zeroed bytes; returns the struct's offset (the mark is offset - 4). */
    static int beginStruct(MessageWriter w, int type, int length) {
        w.beginNested(type, false);
        return w.reserve(length);
    }

    /** Ends what {@link #beginStruct} began. */
    static void endStruct(MessageWriter w, int structOffset) {
        w.endNested(structOffset - 4);
    }

    /** Copies the rest of a nest's attributes that {@code known} does not claim. */
    static List<RawAttribute> unknown(AttributeReader a, java.util.function.IntPredicate known) {
        List<RawAttribute> out = new ArrayList<>();
        a.rewind();
        while (a.next()) {
            if (!known.test(a.type())) {
                out.add(RawAttribute.copyOf(a));
            }
        }
        return List.copyOf(out);
    }

    /** {@code ntohs}/{@code htons} of the lower 16 bits. */
    static int ntohs(int v) {
        short s = (short) v;
        return (ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN ? s : Short.reverseBytes(s)) & 0xFFFF;
    }

    static long u32Rate(long rate) {
        return rate >= (1L << 32) ? 0xFFFFFFFFL : rate;
    }
}
