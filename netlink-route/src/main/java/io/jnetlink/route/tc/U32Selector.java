package io.jnetlink.route.tc;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.U32Attrs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A u32 selector ({@code struct tc_u32_sel}): its keys and the header-offset fields used for
 * hashing and variable headers (zero for plain matches).
 *
 * @param flags       {@code TC_U32_*} flags ({@code TC_U32_TERMINAL} once a class is given)
 * @param offshift    {@code offshift}
 * @param offmask     {@code offmask}
 * @param off         {@code off}
 * @param offoff      {@code offoff}
 * @param hoff        {@code hoff}
 * @param hmask       {@code hmask}
 * @param keys        the keys, in order
 */
public record U32Selector(int flags, int offshift, int offmask, int off, int offoff, int hoff, int hmask,
                          List<U32Key> keys) {
    /** No keys: matches every packet ({@code match u32 0 0}). */
    public static final U32Selector EMPTY = new U32Selector(0, 0, 0, 0, 0, 0, 0, List.of());

    /**
     * Checks and copies.
     *
     * @param flags flags
     * @param offshift offshift
     * @param offmask offmask
     * @param off off
     * @param offoff offoff
     * @param hoff hoff
     * @param hmask hmask
     * @param keys keys (at most 128, like tc)
     */
    public U32Selector {
        keys = List.copyOf(Objects.requireNonNull(keys, "keys"));
        if (keys.size() > 255) {
            throw new IllegalArgumentException("a u32 selector holds at most 255 keys: " + keys.size());
        }
    }

    /**
     * Adds a key as {@code tc}'s {@code pack_key} does: merged into an existing key at the same offset
     * (the masks or'ed) when they do not conflict.
     *
     * @param value the value (big-endian word)
     * @param mask the mask (big-endian word)
     * @param offset the offset, a multiple of 4
     * @return a copy with the key
     * @throws IllegalArgumentException if the offset is not a multiple of 4 or the key conflicts with one at the same offset
     */
    public U32Selector withKey(int value, int mask, int offset) {
        if (offset % 4 != 0) {
            throw new IllegalArgumentException("u32 key offset must be a multiple of 4: " + offset);
        }
        int v = value & mask;
        List<U32Key> out = new ArrayList<>(keys);
        for (int i = 0; i < out.size(); i++) {
            U32Key k = out.get(i);
            if (k.offset() == offset && k.offsetMask() == 0) {
                if (((k.value() ^ v) & (k.mask() & mask)) != 0) {
                    throw new IllegalArgumentException("u32 match at offset " + offset + " contradicts an earlier one");
                }
                out.set(i, new U32Key(k.mask() | mask, k.value() | v, offset, 0));
                return new U32Selector(flags, offshift, offmask, off, offoff, hoff, hmask, out);
            }
        }
        if (out.size() >= 128) {
            throw new IllegalArgumentException("a u32 selector holds at most 128 keys (as tc)");
        }
        out.add(new U32Key(mask, v, offset, 0));
        return new U32Selector(flags, offshift, offmask, off, offoff, hoff, hmask, out);
    }

    /** {@code pack_key16}: a 16-bit value at a byte offset (aligned to its 32-bit word). */
    U32Selector withKey16(int value, int mask, int offset) {
        int shift = (offset & 3) == 0 ? 16 : 0;
        return withKey(value << shift, mask << shift, offset & ~3);
    }

    /** {@code pack_key8}: an 8-bit value at a byte offset. */
    U32Selector withKey8(int value, int mask, int offset) {
        int shift = (3 - (offset & 3)) * 8;
        return withKey(value << shift, mask << shift, offset & ~3);
    }

    U32Selector withFlags(int f) {
        return new U32Selector(f, offshift, offmask, off, offoff, hoff, hmask, keys);
    }

    void write(MessageWriter w) {
        int at = TcStruct.beginStruct(w, U32Attrs.TCA_U32_SEL, U32Attrs.SEL_LENGTH + U32Attrs.KEY_LENGTH * keys.size());
        w.putU8At(at + U32Attrs.SEL_FLAGS_OFFSET, flags);
        w.putU8At(at + U32Attrs.SEL_OFFSHIFT_OFFSET, offshift);
        w.putU8At(at + U32Attrs.SEL_NKEYS_OFFSET, keys.size());
        w.putU16BeAt(at + U32Attrs.SEL_OFFMASK_OFFSET, offmask);
        w.putU16At(at + U32Attrs.SEL_OFF_OFFSET, off);
        w.putU16At(at + U32Attrs.SEL_OFFOFF_OFFSET, offoff);
        w.putU16At(at + U32Attrs.SEL_HOFF_OFFSET, hoff);
        w.putU32BeAt(at + U32Attrs.SEL_HMASK_OFFSET, hmask);
        int k = at + U32Attrs.SEL_LENGTH;
        for (U32Key key : keys) {
            w.putU32BeAt(k + U32Attrs.KEY_MASK_OFFSET, key.mask());
            w.putU32BeAt(k + U32Attrs.KEY_VAL_OFFSET, key.value());
            w.putU32At(k + U32Attrs.KEY_OFF_OFFSET, key.offset());
            w.putU32At(k + U32Attrs.KEY_OFFMASK_OFFSET, key.offsetMask());
            k += U32Attrs.KEY_LENGTH;
        }
        TcStruct.endStruct(w, at);
    }

    static U32Selector read(AttributeReader a) {
        TcStruct.require(a, U32Attrs.SEL_LENGTH, "TCA_U32_SEL");
        int n = TcStruct.u8(a, U32Attrs.SEL_NKEYS_OFFSET);
        TcStruct.require(a, U32Attrs.SEL_LENGTH + n * U32Attrs.KEY_LENGTH, "TCA_U32_SEL with " + n + " keys");
        List<U32Key> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int k = U32Attrs.SEL_LENGTH + i * U32Attrs.KEY_LENGTH;
            keys.add(new U32Key(TcStruct.i32Be(a, k + U32Attrs.KEY_MASK_OFFSET), TcStruct.i32Be(a, k + U32Attrs.KEY_VAL_OFFSET),
                    TcStruct.i32(a, k + U32Attrs.KEY_OFF_OFFSET), TcStruct.i32(a, k + U32Attrs.KEY_OFFMASK_OFFSET)));
        }
        return new U32Selector(TcStruct.u8(a, U32Attrs.SEL_FLAGS_OFFSET), TcStruct.u8(a, U32Attrs.SEL_OFFSHIFT_OFFSET),
                TcStruct.u16Be(a, U32Attrs.SEL_OFFMASK_OFFSET), TcStruct.u16(a, U32Attrs.SEL_OFF_OFFSET),
                (short) TcStruct.u16(a, U32Attrs.SEL_OFFOFF_OFFSET), (short) TcStruct.u16(a, U32Attrs.SEL_HOFF_OFFSET),
                TcStruct.i32Be(a, U32Attrs.SEL_HMASK_OFFSET), keys);
    }
}
