package io.jnetlink.route.kinds;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.route.wire.IflaInfoDataKinds;

/**
 * {@code ip link add NAME type geneve id VNI remote ADDR [ttl N] [tos N] [dstport P]}, written with
 * iproute2's defaults ({@code label 0}, {@code tos 0}, {@code dstport 6081}).
 */
public final class GeneveRequest extends KindRequest<GeneveRequest> {
    private long id = -1;
    private byte[] remote;
    private int ttl;
    private int tos;
    private int port = 6081;

    GeneveRequest(String name) {
        super(name);
    }

    /**
     * {@code id VNI}: 0..16777215; required.
     *
     * @param vni the virtual network identifier
     * @return this request
     */
    public GeneveRequest id(long vni) {
        if (vni < 0 || vni > 0xFFFFFF) {
            throw new IllegalArgumentException("id must be between 0 and 16777215: " + vni);
        }
        this.id = vni;
        return this;
    }

    /**
     * {@code remote ADDR}: the remote tunnel end, IPv4 or IPv6; required.
     *
     * @param address the remote address
     * @return this request
     */
    public GeneveRequest remote(String address) {
        this.remote = IpAddresses.parse(address, "remote").getAddress();
        return this;
    }

    /**
     * {@code ttl N}: 0 (inherit) .. 255.
     *
     * @param ttl the outer TTL
     * @return this request
     */
    public GeneveRequest ttl(int ttl) {
        this.ttl = u8(ttl, 255, "ttl");
        return this;
    }

    /**
     * {@code tos N}: 0..255.
     *
     * @param tos the outer TOS
     * @return this request
     */
    public GeneveRequest tos(int tos) {
        this.tos = u8(tos, 255, "tos");
        return this;
    }

    /**
     * {@code dstport P}: the UDP port, 1..65535 (default 6081).
     *
     * @param port the port
     * @return this request
     */
    public GeneveRequest dstport(int port) {
        if (port < 1 || port > 0xFFFF) {
            throw new IllegalArgumentException("dstport must be between 1 and 65535: " + port);
        }
        this.port = port;
        return this;
    }

    @Override
    void check() {
        super.check();
        if (id < 0 || remote == null) {
            throw new IllegalArgumentException("id and remote are required: geneve " + name());
        }
    }

    @Override
    String kind() {
        return "geneve";
    }

    @Override
    void writeData(MessageWriter w) {
        w.putAttrU32(IflaInfoDataKinds.IFLA_GENEVE_ID, (int) id);
        w.putAttrBytes(remote.length == 4 ? IflaInfoDataKinds.IFLA_GENEVE_REMOTE : IflaInfoDataKinds.IFLA_GENEVE_REMOTE6, remote);
        w.putAttrU32Be(IflaInfoDataKinds.IFLA_GENEVE_LABEL, 0);
        w.putAttrU8(IflaInfoDataKinds.IFLA_GENEVE_TTL, ttl);
        w.putAttrU8(IflaInfoDataKinds.IFLA_GENEVE_TOS, tos);
        w.putAttrU16Be(IflaInfoDataKinds.IFLA_GENEVE_PORT, port);
    }
}
