package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code socket}: a property of the packet's local socket into a register, nft
 * {@code socket transparent 1}, {@code socket mark}, {@code socket wildcard}, {@code socket cgroupv2 level 1 …}.
 *
 * @param key          {@code NFTA_SOCKET_KEY}: {@link #TRANSPARENT} 0, {@link #MARK} 1, {@link #WILDCARD} 2, {@link #CGROUPV2} 3
 * @param destRegister {@code NFTA_SOCKET_DREG}
 * @param level        {@code NFTA_SOCKET_LEVEL} (cgroup level; nft sends 0 otherwise), or -1 when absent
 */
public record Socket(int key, int destRegister, int level) implements Expression {
    static final int NFTA_SOCKET_KEY = 1;
    static final int NFTA_SOCKET_DREG = 2;
    static final int NFTA_SOCKET_LEVEL = 3;
    /** {@code NFT_SOCKET_TRANSPARENT}. */
    public static final int TRANSPARENT = 0;
    /** {@code NFT_SOCKET_MARK}. */
    public static final int MARK = 1;
    /** {@code NFT_SOCKET_WILDCARD}. */
    public static final int WILDCARD = 2;
    /** {@code NFT_SOCKET_CGROUPV2}. */
    public static final int CGROUPV2 = 3;

    @Override
    public String name() {
        return "socket";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(NFTA_SOCKET_KEY, key);
        w.putAttrU32Be(NFTA_SOCKET_DREG, destRegister);
        if (level >= 0) {
            w.putAttrU32Be(NFTA_SOCKET_LEVEL, level);
        }
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a socket lookup.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        long[] v = Attr.be32Fields(d, NFTA_SOCKET_LEVEL);
        return Attr.present(v, NFTA_SOCKET_KEY, NFTA_SOCKET_DREG)
                ? new Socket((int) v[NFTA_SOCKET_KEY], (int) v[NFTA_SOCKET_DREG], (int) v[NFTA_SOCKET_LEVEL]) : null;
    }
}
