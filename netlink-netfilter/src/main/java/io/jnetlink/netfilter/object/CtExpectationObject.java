package io.jnetlink.netfilter.object;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.netfilter.wire.NftAttrs;

/**
 * A conntrack expectation object: nft
 * {@code ct expectation NAME { protocol tcp; dport 21; timeout 5s; size 12; l3proto ip; }}.
 *
 * @param l3proto   {@code NFTA_CT_EXPECT_L3PROTO}: {@code NFPROTO_IPV4} 2, {@code NFPROTO_IPV6} 10
 * @param l4proto   {@code NFTA_CT_EXPECT_L4PROTO}: 6 tcp, 17 udp
 * @param dport     {@code NFTA_CT_EXPECT_DPORT}
 * @param timeoutMs {@code NFTA_CT_EXPECT_TIMEOUT} in milliseconds (host order u32)
 * @param size      {@code NFTA_CT_EXPECT_SIZE}: expectations at most
 */
public record CtExpectationObject(int l3proto, int l4proto, int dport, long timeoutMs, int size) implements NftObjectData {
    static final int NFTA_CT_EXPECT_L3PROTO = 1;
    static final int NFTA_CT_EXPECT_L4PROTO = 2;
    static final int NFTA_CT_EXPECT_DPORT = 3;
    static final int NFTA_CT_EXPECT_TIMEOUT = 4;
    static final int NFTA_CT_EXPECT_SIZE = 5;

    /**
     * Checks the arguments.
     *
     * @param l3proto the layer-3 protocol (0..65535)
     * @param l4proto the layer-4 protocol (0..255)
     * @param dport the destination port (0..65535)
     * @param timeoutMs the timeout in milliseconds (0..2^32-1)
     * @param size the maximum number of expectations (0..255)
     */
    public CtExpectationObject {
        ObjectValues.checkProtocols(l3proto, l4proto);
        if (dport < 0 || dport > 0xFFFF) {
            throw new IllegalArgumentException("dport must be 0..65535: " + dport);
        }
        if (timeoutMs < 0 || timeoutMs > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("timeoutMs must be 0..2^32-1: " + timeoutMs);
        }
        if (size < 0 || size > 0xFF) {
            throw new IllegalArgumentException("size must be 0..255: " + size);
        }
    }

    @Override
    public int objectType() {
        return NftAttrs.NFT_OBJECT_CT_EXPECT;
    }

    @Override
    public void encodeObject(MessageWriter w) {
        w.putAttrU16Be(NFTA_CT_EXPECT_L3PROTO, l3proto);
        w.putAttrU8(NFTA_CT_EXPECT_L4PROTO, l4proto);
        w.putAttrU16Be(NFTA_CT_EXPECT_DPORT, dport);
        w.putAttrU32(NFTA_CT_EXPECT_TIMEOUT, (int) timeoutMs);
        w.putAttrU8(NFTA_CT_EXPECT_SIZE, size);
    }

    @Override
    public String renderObject() {
        return "protocol " + ObjectValues.l4Name(l4proto) + "\ndport " + dport + "\ntimeout " + Durations.render(timeoutMs)
                + "\nsize " + size + "\nl3proto " + ObjectValues.l3Name(l3proto);
    }

    /** Decodes {@code NFTA_OBJ_DATA}; null keeps it raw. */
    static NftObjectData decode(AttributeReader d) {
        int l3 = -1, l4 = -1, dport = -1, size = -1;
        long timeout = -1;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_CT_EXPECT_L3PROTO -> l3 = ObjectValues.exact(d, 2).u16Be();
                case NFTA_CT_EXPECT_L4PROTO -> l4 = ObjectValues.exact(d, 1).u8();
                case NFTA_CT_EXPECT_DPORT -> dport = ObjectValues.exact(d, 2).u16Be();
                case NFTA_CT_EXPECT_TIMEOUT -> timeout = ObjectValues.exact(d, 4).u32AsLong();
                case NFTA_CT_EXPECT_SIZE -> size = ObjectValues.exact(d, 1).u8();
                default -> {
                    return null;
                }
            }
        }
        return l3 < 0 || l4 < 0 || dport < 0 || timeout < 0 || size < 0 ? null
                : new CtExpectationObject(l3, l4, dport, timeout, size);
    }
}
