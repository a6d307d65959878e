package io.jnetlink.netfilter.object;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.netfilter.wire.NftAttrs;

/**
 * A conntrack helper object: nft {@code ct helper NAME { type "ftp" protocol tcp; l3proto ip; }}.
 *
 * @param helper  {@code NFTA_CT_HELPER_NAME}, the kernel helper ({@code "ftp"}, {@code "sip"}…)
 * @param l3proto {@code NFTA_CT_HELPER_L3PROTO}: {@code NFPROTO_IPV4} 2, {@code NFPROTO_IPV6} 10
 * @param l4proto {@code NFTA_CT_HELPER_L4PROTO}: 6 tcp, 17 udp
 */
public record CtHelperObject(String helper, int l3proto, int l4proto) implements NftObjectData {
    static final int NFTA_CT_HELPER_NAME = 1;
    static final int NFTA_CT_HELPER_L3PROTO = 2;
    static final int NFTA_CT_HELPER_L4PROTO = 3;
    /** {@code NF_CT_HELPER_NAME_LEN} (16, the NUL included). */
    static final int NF_CT_HELPER_NAME_LEN = 16;

    /**
     * Checks the arguments.
     *
     * @param helper the kernel helper's name, 1..15 bytes
     * @param l3proto the layer-3 protocol (0..65535)
     * @param l4proto the layer-4 protocol (0..255)
     */
    public CtHelperObject {
        if (helper == null || helper.isEmpty() || helper.length() >= NF_CT_HELPER_NAME_LEN) {
            throw new IllegalArgumentException("helper must be 1.." + (NF_CT_HELPER_NAME_LEN - 1) + " characters: " + helper);
        }
        ObjectValues.checkProtocols(l3proto, l4proto);
    }

    @Override
    public int objectType() {
        return NftAttrs.NFT_OBJECT_CT_HELPER;
    }

    @Override
    public void encodeObject(MessageWriter w) {
        // nft sends the name without its NUL (mnl_attr_put_str)
        w.putAttrBytes(NFTA_CT_HELPER_NAME, helper.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        w.putAttrU16Be(NFTA_CT_HELPER_L3PROTO, l3proto);
        w.putAttrU8(NFTA_CT_HELPER_L4PROTO, l4proto);
    }

    @Override
    public String renderObject() {
        return "type \"" + helper + "\" protocol " + ObjectValues.l4Name(l4proto) + "\nl3proto " + ObjectValues.l3Name(l3proto);
    }

    /** Decodes {@code NFTA_OBJ_DATA}; null keeps it raw. */
    static NftObjectData decode(AttributeReader d) {
        String helper = null;
        int l3 = -1, l4 = -1;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_CT_HELPER_NAME -> helper = d.string();
                case NFTA_CT_HELPER_L3PROTO -> l3 = ObjectValues.exact(d, 2).u16Be();
                case NFTA_CT_HELPER_L4PROTO -> l4 = ObjectValues.exact(d, 1).u8();
                default -> {
                    return null;
                }
            }
        }
        if (helper == null || helper.isEmpty() || helper.length() >= NF_CT_HELPER_NAME_LEN || l3 < 0 || l4 < 0) {
            return null;
        }
        return new CtHelperObject(helper, l3, l4);
    }
}
