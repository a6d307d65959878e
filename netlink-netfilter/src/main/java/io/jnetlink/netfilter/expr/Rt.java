package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code rt}: routing data of the packet into a register, nft {@code rt mtu}, {@code rt classid},
 * {@code rt ip nexthop} ({@code tcp option maxseg size set rt mtu} is iptables' {@code TCPMSS --clamp-mss-to-pmtu}).
 *
 * @param key          {@code NFTA_RT_KEY}: {@code NFT_RT_CLASSID} 0, {@code NFT_RT_NEXTHOP4} 1, {@code NFT_RT_NEXTHOP6} 2, {@link #TCPMSS} 3, {@code NFT_RT_XFRM} 4
 * @param destRegister {@code NFTA_RT_DREG}
 */
public record Rt(int key, int destRegister) implements Expression {
    static final int NFTA_RT_DREG = 1;
    static final int NFTA_RT_KEY = 2;
    /** {@code NFT_RT_TCPMSS}: nft {@code rt mtu}. */
    public static final int TCPMSS = 3;

    @Override
    public String name() {
        return "rt";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(NFTA_RT_KEY, key);
        w.putAttrU32Be(NFTA_RT_DREG, destRegister);
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a route load.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        long[] v = Attr.be32Fields(d, NFTA_RT_KEY);
        return Attr.present(v, NFTA_RT_KEY, NFTA_RT_DREG) ? new Rt((int) v[NFTA_RT_KEY], (int) v[NFTA_RT_DREG]) : null;
    }
}
