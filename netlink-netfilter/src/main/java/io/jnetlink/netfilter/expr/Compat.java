package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * The attributes {@code match} and {@code target} share: {@code NFTA_MATCH_NAME}/{@code NFTA_TARGET_NAME} 1,
 * {@code _REV} 2, {@code _INFO} 3 (linux/netfilter/nft_compat.h).
 */
record Compat(String name, int revision, NftData info) {
    static final int NAME = 1;
    static final int REV = 2;
    static final int INFO = 3;

    static void encode(MessageWriter w, String name, int revision, NftData info) {
        w.putAttrString(NAME, name);
        w.putAttrU32Be(REV, revision);
        info.writeAttribute(w, INFO);
    }

    /** {@return the three attributes, or null when one is missing or another is present} */
    static Compat decode(AttributeReader d) {
        String name = null;
        int rev = -1;
        NftData info = null;
        while (d.next()) {
            switch (d.type()) {
                case NAME -> name = d.string();
                case REV -> rev = Attr.be32(d);
                case INFO -> info = NftData.of(d.bytes());
                default -> {
                    return null;
                }
            }
        }
        return name == null || rev < 0 || info == null ? null : new Compat(name, rev, info);
    }
}
