package io.jnetlink.generic.ethtool;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import static io.jnetlink.generic.ethtool.wire.EthtoolAttrs.*;

/** Reads an ethtool bitset attribute in its verbose or compact form ({@code ethnl_bitset_is_compact}). */
final class BitsetDecoder {
    /** Bitsets the kernel sends are a few hundred bits; refuse sizes no reply has, rather than allocate. */
    private static final int MAX_BITS = 1 << 16;

    private BitsetDecoder() {
    }

    /**
     * Decodes the bitset at {@code attr}.
     *
     * @param attr  a reader positioned on the bitset attribute
     * @param names the string set naming a compact bitset's bits (may be empty)
     */
    static EthtoolBitset decode(AttributeReader attr, List<String> names) {
        AttributeReader a = attr.nested(new AttributeReader());
        boolean noMask = false;
        int size = -1;
        int bitsAt = -1;
        byte[] value = null;
        byte[] mask = null;
        while (a.next()) {
            switch (a.type()) {
                case ETHTOOL_A_BITSET_NOMASK -> noMask = true;
                case ETHTOOL_A_BITSET_SIZE -> size = a.u32();
                case ETHTOOL_A_BITSET_BITS -> bitsAt = a.offset();
                case ETHTOOL_A_BITSET_VALUE -> value = a.bytes();
                case ETHTOOL_A_BITSET_MASK -> mask = a.bytes();
                default -> {
                    // newer attributes: ignored, the bits are what matters
                }
            }
        }
        if (size < 0 || size > MAX_BITS) {
            throw new NetlinkDecodeException("ethtool bitset with size " + Integer.toUnsignedString(size), attr.offset());
        }
        List<EthtoolBitset.Bit> bits = new ArrayList<>();
        if (bitsAt >= 0) {
            a.rewind();
            a.find(ETHTOOL_A_BITSET_BITS);
            verbose(a, noMask, size, bits);
        } else if (value != null) {
            compact(value, noMask ? null : mask, size, names, bits, attr.offset());
        }
        return new EthtoolBitset(size, !noMask, bits);
    }

    private static void verbose(AttributeReader bitsAttr, boolean noMask, int size, List<EthtoolBitset.Bit> out) {
        AttributeReader list = bitsAttr.nested(new AttributeReader());
        AttributeReader bit = new AttributeReader();
        while (list.next()) {
            if (list.type() != ETHTOOL_A_BITSET_BITS_BIT) {
                continue;
            }
            list.nested(bit);
            int index = -1;
            String name = "";
            boolean value = false;
            while (bit.next()) {
                switch (bit.type()) {
                    case ETHTOOL_A_BITSET_BIT_INDEX -> index = bit.u32();
                    case ETHTOOL_A_BITSET_BIT_NAME -> name = bit.string();
                    case ETHTOOL_A_BITSET_BIT_VALUE -> value = true;
                    default -> {
                    }
                }
            }
            if (index < 0 || index >= size) {
                throw new NetlinkDecodeException("ethtool bit " + name + " index " + Integer.toUnsignedString(index)
                        + " outside bitset of " + size, list.offset());
            }
            // without a mask only set bits are listed, and they carry no VALUE flag
            out.add(new EthtoolBitset.Bit(index, name, noMask || value));
        }
    }

    private static void compact(byte[] value, byte[] mask, int size, List<String> names, List<EthtoolBitset.Bit> out,
                                int at) {
        int words = (size + 31) / 32;
        if (value.length < words * 4 || (mask != null && mask.length < words * 4)) {
            throw new NetlinkDecodeException("compact ethtool bitset of " + size + " bits with " + value.length
                    + " value bytes" + (mask == null ? "" : " and " + mask.length + " mask bytes"), at);
        }
        for (int i = 0; i < size; i++) {
            boolean v = bitOf(value, i);
            boolean listed = mask == null ? v : bitOf(mask, i);
            if (listed) {
                out.add(new EthtoolBitset.Bit(i, i < names.size() ? names.get(i) : "", v));
            }
        }
    }

    /** Bit {@code i} of host-order u32 words (little-endian machines: byte i/8, bit i%8). */
    private static boolean bitOf(byte[] words, int i) {
        int word = i / 32;
        int bit = i % 32;
        int byteInWord = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? bit / 8 : 3 - bit / 8;
        return (words[word * 4 + byteInWord] & (1 << (bit % 8))) != 0;
    }
}
