package io.jnetlink.netfilter.object;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.netfilter.wire.NftAttrs;

/**
 * A synproxy object: nft {@code synproxy NAME { mss 1460; wscale 7; timestamp sack-perm; }}.
 *
 * @param mss    {@code NFTA_SYNPROXY_MSS}
 * @param wscale {@code NFTA_SYNPROXY_WSCALE}
 * @param flags  {@code NFTA_SYNPROXY_FLAGS}: {@code NF_SYNPROXY_OPT_*} (mss 1, wscale 2, sack-perm 4, timestamp 8)
 */
public record SynproxyObject(int mss, int wscale, int flags) implements NftObjectData {
    static final int NFTA_SYNPROXY_MSS = 1;
    static final int NFTA_SYNPROXY_WSCALE = 2;
    static final int NFTA_SYNPROXY_FLAGS = 3;
    /** {@code NF_SYNPROXY_OPT_MSS}. */
    public static final int OPT_MSS = 0x01;
    /** {@code NF_SYNPROXY_OPT_WSCALE}. */
    public static final int OPT_WSCALE = 0x02;
    /** {@code NF_SYNPROXY_OPT_SACK_PERM}: nft {@code sack-perm}. */
    public static final int OPT_SACK_PERM = 0x04;
    /** {@code NF_SYNPROXY_OPT_TIMESTAMP}: nft {@code timestamp}. */
    public static final int OPT_TIMESTAMP = 0x08;

    /**
     * Checks the arguments.
     *
     * @param mss the MSS (0..65535)
     * @param wscale the window scale (0..255)
     * @param flags the {@code NF_SYNPROXY_OPT_*} flags
     */
    public SynproxyObject {
        if (mss < 0 || mss > 0xFFFF) {
            throw new IllegalArgumentException("mss must be 0..65535: " + mss);
        }
        if (wscale < 0 || wscale > 0xFF) {
            throw new IllegalArgumentException("wscale must be 0..255: " + wscale);
        }
    }

    @Override
    public int objectType() {
        return NftAttrs.NFT_OBJECT_SYNPROXY;
    }

    @Override
    public void encodeObject(MessageWriter w) {
        w.putAttrU16Be(NFTA_SYNPROXY_MSS, mss);
        w.putAttrU8(NFTA_SYNPROXY_WSCALE, wscale);
        w.putAttrU32Be(NFTA_SYNPROXY_FLAGS, flags);
    }

    @Override
    public String renderObject() {
        StringBuilder s = new StringBuilder("mss " + mss + "\nwscale " + wscale);
        if ((flags & (OPT_TIMESTAMP | OPT_SACK_PERM)) != 0) {
            s.append('\n');
            if ((flags & OPT_TIMESTAMP) != 0) {
                s.append("timestamp");
            }
            if ((flags & OPT_SACK_PERM) != 0) {
                s.append((flags & OPT_TIMESTAMP) != 0 ? " " : "").append("sack-perm");
            }
        }
        return s.toString();
    }

    /** Decodes {@code NFTA_OBJ_DATA}; null keeps it raw. */
    static NftObjectData decode(AttributeReader d) {
        int mss = -1, wscale = -1, flags = 0;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_SYNPROXY_MSS -> mss = ObjectValues.exact(d, 2).u16Be();
                case NFTA_SYNPROXY_WSCALE -> wscale = ObjectValues.exact(d, 1).u8();
                case NFTA_SYNPROXY_FLAGS -> flags = ObjectValues.exact(d, 4).u32Be();
                default -> {
                    return null;
                }
            }
        }
        return mss < 0 || wscale < 0 ? null : new SynproxyObject(mss, wscale, flags);
    }
}
