package io.jnetlink.netfilter.expr;

import static io.jnetlink.netfilter.wire.NftAttrs.NFTA_DATA_VALUE;
import static io.jnetlink.netfilter.wire.NftAttrs.NFTA_DATA_VERDICT;
import static io.jnetlink.netfilter.wire.NftAttrs.NFTA_VERDICT_CHAIN;
import static io.jnetlink.netfilter.wire.NftAttrs.NFTA_VERDICT_CODE;

import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/** Helpers for the nf_tables data encodings shared by the expression codecs. */
final class Attr {
    private Attr() {
    }


    /** Writes {@code type} as a nested {@code NFTA_DATA_VALUE}. */
    static void putData(MessageWriter w, int type, NftData data) {
        int m = w.beginNested(type);
        data.writeAttribute(w, NFTA_DATA_VALUE);
        w.endNested(m);
    }

    /** Writes {@code type} as a nested {@code NFTA_DATA_VERDICT}. */
    static void putVerdict(MessageWriter w, int type, Verdict v) {
        int m = w.beginNested(type);
        int n = w.beginNested(NFTA_DATA_VERDICT);
        w.putAttrU32Be(NFTA_VERDICT_CODE, v.code());
        if (v.chain() != null) {
            KernelNames.put(w, NFTA_VERDICT_CHAIN, v.chain());
        }
        w.endNested(n);
        w.endNested(m);
    }

    /** Reads the nested {@code NFTA_DATA_VALUE} at the reader's current attribute. */
    static NftData data(AttributeReader a, AttributeReader scratch) {
        a.nested(scratch);
        while (scratch.next()) {
            if (scratch.type() == NFTA_DATA_VALUE) {
                return NftData.of(scratch.bytes());
            }
        }
        throw new NetlinkDecodeException("nf_tables data without NFTA_DATA_VALUE", a.offset());
    }

    /** Reads the nested {@code NFTA_DATA_VERDICT} at the reader's current attribute, or null if it holds a value. */
    static Verdict verdict(AttributeReader a, AttributeReader scratch) {
        a.nested(scratch);
        while (scratch.next()) {
            if (scratch.type() == NFTA_DATA_VERDICT) {
                AttributeReader v = new AttributeReader();
                scratch.nested(v);
                int code = Integer.MIN_VALUE;
                String chain = null;
                while (v.next()) {
                    if (v.type() == NFTA_VERDICT_CODE) {
                        code = be32(v);
                    } else if (v.type() == NFTA_VERDICT_CHAIN) {
                        chain = KernelNames.read(v);
                    }
                }
                if (code == Integer.MIN_VALUE) {
                    throw new NetlinkDecodeException("verdict without NFTA_VERDICT_CODE", scratch.offset());
                }
                boolean needsChain = code == Verdict.NFT_JUMP || code == Verdict.NFT_GOTO;
                if (needsChain != (chain != null)) {
                    throw new NetlinkDecodeException("verdict " + code + (needsChain ? " without" : " with") + " a chain",
                            scratch.offset());
                }
                try {
                    return new Verdict(code, chain);
                } catch (IllegalArgumentException e) {
                    throw new NetlinkDecodeException("bad verdict: " + e.getMessage(), scratch.offset());
                }
            }
        }
        return null;
    }

    /** A big-endian u16 attribute, length-checked. */
    static int be16(AttributeReader a) {
        if (a.valueLength() != 2) {
            throw new NetlinkDecodeException("attribute type=" + a.type() + " must hold 2 bytes, has " + a.valueLength(),
                    a.offset());
        }
        return a.u16Be();
    }

    /** A big-endian u32 attribute, length-checked. */
    static int be32(AttributeReader a) {
        if (a.valueLength() != 4) {
            throw new NetlinkDecodeException("attribute type=" + a.type() + " must hold 4 bytes, has " + a.valueLength(),
                    a.offset());
        }
        return a.u32Be();
    }

    /** A big-endian u64 attribute, length-checked. */
    static long be64(AttributeReader a) {
        if (a.valueLength() != 8) {
            throw new NetlinkDecodeException("attribute type=" + a.type() + " must hold 8 bytes, has " + a.valueLength(),
                    a.offset());
        }
        return a.u64Be();
    }

    /**
     * Reads an expression whose attributes are all big-endian u32 values numbered 1..{@code maxType}:
     * the values by attribute type (-1 where absent), or null when it holds another type or size
     * (so the expression stays raw).
     */
    static long[] be32Fields(AttributeReader d, int maxType) {
        long[] v = new long[maxType + 1];
        java.util.Arrays.fill(v, -1);
        while (d.next()) {
            if (d.type() < 1 || d.type() > maxType || d.valueLength() != 4) {
                return null;
            }
            v[d.type()] = Integer.toUnsignedLong(d.u32Be());
        }
        return v;
    }

    /** Whether every field at {@code types} is present. */
    static boolean present(long[] v, int... types) {
        if (v == null) {
            return false;
        }
        for (int t : types) {
            if (v[t] < 0) {
                return false;
            }
        }
        return true;
    }
}
