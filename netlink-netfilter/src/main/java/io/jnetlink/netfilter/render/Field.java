package io.jnetlink.netfilter.render;

import io.jnetlink.netfilter.expr.NftData;

/**
 * What a register holds while a rule is rendered: the nft text of the value ({@code ip saddr},
 * {@code numgen inc mod 2}) or a constant, and how data compared with it prints ({@link Kind}).
 *
 * @param text  the nft expression, null for a constant
 * @param kind  how data compared with it prints
 * @param mask  the mask a bitwise applied to it, or null
 * @param value the constant an immediate loaded, or null
 * @param layer 4 for a transport header field (it implies the {@code meta l4proto} match before it), 3 for a
 *              network header field (it implies {@code meta nfproto}), else 0
 */
record Field(String text, Kind kind, byte[] mask, NftData value, int layer) {
    /** How data prints, per nft datatype. */
    enum Kind {
        IPV4, IPV6, PORT, IFNAME, MARK, L4PROTO, CTSTATE, CTSTATUS, NFPROTO, ADDRTYPE, DECIMAL, TCPFLAGS, HEX
    }

    static Field of(String text, Kind kind) {
        return new Field(text, kind, null, null, 0);
    }

    static Field constant(NftData value) {
        return new Field(null, Kind.HEX, null, value, 0);
    }

    Field atLayer(int l) {
        return new Field(text, kind, mask, value, l);
    }

    Field masked(byte[] m) {
        return new Field(text, kind, m, value, layer);
    }

    /** {@return the text of this register as a statement's argument: a constant printed as {@code kind}} */
    String as(Kind k) {
        return value != null ? Values.format(k, value) : text;
    }
}
