package io.jnetlink.route.kinds;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.route.wire.IflaInfoDataKinds;

/**
 * {@code ip link add NAME type gre|gretap|ipip|sit remote ADDR local ADDR [ttl N] [tos N] [key K]
 * [nopmtudisc]}: IPv4 tunnels, written with the defaults iproute2 sends (so the kernel sees the same
 * request as from {@code ip}). {@code key} is for gre and gretap only.
 */
public final class TunnelRequest extends KindRequest<TunnelRequest> {
    private final String kind;
    private byte[] local = new byte[4];
    private byte[] remote = new byte[4];
    private int ttl;
    private int tos;
    private boolean pmtudisc = true;
    private long key = -1;

    TunnelRequest(String name, String kind) {
        super(name);
        this.kind = kind;
    }

    /**
     * {@code remote ADDR}: the far end, IPv4.
     *
     * @param address the remote address
     * @return this request
     */
    public TunnelRequest remote(String address) {
        this.remote = v4(address, "remote");
        return this;
    }

    /**
     * {@code local ADDR}: this end, IPv4.
     *
     * @param address the local address
     * @return this request
     */
    public TunnelRequest local(String address) {
        this.local = v4(address, "local");
        return this;
    }

    /**
     * {@code ttl N}: 0 (inherit) .. 255.
     *
     * @param ttl the outer TTL
     * @return this request
     */
    public TunnelRequest ttl(int ttl) {
        this.ttl = u8(ttl, 255, "ttl");
        return this;
    }

    /**
     * {@code tos N}: 0..255.
     *
     * @param tos the outer TOS
     * @return this request
     */
    public TunnelRequest tos(int tos) {
        this.tos = u8(tos, 255, "tos");
        return this;
    }

    /**
     * {@code nopmtudisc}: no path MTU discovery on the tunnel.
     *
     * @return this request
     */
    public TunnelRequest noPmtuDiscovery() {
        this.pmtudisc = false;
        return this;
    }

    /**
     * {@code key K}: the GRE key for both directions (gre, gretap).
     *
     * @param key 0..4294967295
     * @return this request
     */
    public TunnelRequest key(long key) {
        if (!kind.startsWith("gre")) {
            throw new IllegalArgumentException("key is for gre and gretap tunnels, not " + kind);
        }
        if (key < 0 || key > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("key must be between 0 and 4294967295: " + key);
        }
        this.key = key;
        return this;
    }

    private static byte[] v4(String address, String what) {
        byte[] b = IpAddresses.parse(address, what).getAddress();
        if (b.length != 4) {
            throw new IllegalArgumentException(what + " must be an IPv4 address: " + address);
        }
        return b;
    }

    @Override
    String kind() {
        return kind;
    }

    @Override
    void writeData(MessageWriter w) {
        if (kind.startsWith("gre")) {
            // iproute2's gre_parse_opt order and defaults
            w.putAttrU32Be(IflaInfoDataKinds.IFLA_GRE_IKEY, key < 0 ? 0 : (int) key);
            w.putAttrU32Be(IflaInfoDataKinds.IFLA_GRE_OKEY, key < 0 ? 0 : (int) key);
            w.putAttrU16Be(IflaInfoDataKinds.IFLA_GRE_IFLAGS, key < 0 ? 0 : IflaInfoDataKinds.GRE_KEY);
            w.putAttrU16Be(IflaInfoDataKinds.IFLA_GRE_OFLAGS, key < 0 ? 0 : IflaInfoDataKinds.GRE_KEY);
            w.putAttrBytes(IflaInfoDataKinds.IFLA_GRE_LOCAL, local);
            w.putAttrBytes(IflaInfoDataKinds.IFLA_GRE_REMOTE, remote);
            w.putAttrU8(IflaInfoDataKinds.IFLA_GRE_PMTUDISC, pmtudisc ? 1 : 0);
            w.putAttrU8(IflaInfoDataKinds.IFLA_GRE_TOS, tos);
            w.putAttrU8(IflaInfoDataKinds.IFLA_GRE_TTL, ttl);
            w.putAttrU32(IflaInfoDataKinds.IFLA_GRE_FWMARK, 0);
            w.putAttrU16(IflaInfoDataKinds.IFLA_GRE_ENCAP_TYPE, 0);
            w.putAttrU16(IflaInfoDataKinds.IFLA_GRE_ENCAP_FLAGS, 0);
            w.putAttrU16Be(IflaInfoDataKinds.IFLA_GRE_ENCAP_SPORT, 0);
            w.putAttrU16Be(IflaInfoDataKinds.IFLA_GRE_ENCAP_DPORT, 0);
        } else {
            // iproute2's iptunnel_parse_opt order and defaults (ipip, sit)
            w.putAttrU8(IflaInfoDataKinds.IFLA_IPTUN_PROTO, 0);
            w.putAttrBytes(IflaInfoDataKinds.IFLA_IPTUN_LOCAL, local);
            w.putAttrBytes(IflaInfoDataKinds.IFLA_IPTUN_REMOTE, remote);
            w.putAttrU8(IflaInfoDataKinds.IFLA_IPTUN_PMTUDISC, pmtudisc ? 1 : 0);
            w.putAttrU8(IflaInfoDataKinds.IFLA_IPTUN_TOS, tos);
            w.putAttrU8(IflaInfoDataKinds.IFLA_IPTUN_TTL, ttl);
            w.putAttrU32(IflaInfoDataKinds.IFLA_IPTUN_LINK, 0);
            w.putAttrU32(IflaInfoDataKinds.IFLA_IPTUN_FWMARK, 0);
            w.putAttrU16(IflaInfoDataKinds.IFLA_IPTUN_ENCAP_TYPE, 0);
            w.putAttrU16(IflaInfoDataKinds.IFLA_IPTUN_ENCAP_FLAGS, 0);
            w.putAttrU16Be(IflaInfoDataKinds.IFLA_IPTUN_ENCAP_SPORT, 0);
            w.putAttrU16Be(IflaInfoDataKinds.IFLA_IPTUN_ENCAP_DPORT, 0);
            if (kind.equals("sit")) {
                w.putAttrU16(IflaInfoDataKinds.IFLA_IPTUN_FLAGS, 0);
            }
        }
    }
}
