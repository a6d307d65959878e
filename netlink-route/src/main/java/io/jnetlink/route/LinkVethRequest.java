package io.jnetlink.route;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.IfInfoMsgEncoder;
import io.jnetlink.route.wire.IfLink;

/**
 * {@code ip link add NAME type veth peer name PEER …}: a virtual cable, two links made at once.
 * The peer's options go in {@code VETH_INFO_PEER} (a {@code struct ifinfomsg} followed by
 * {@code IFLA_*}) inside {@code IFLA_INFO_DATA}.
 *
 * <pre>{@code
 * Links.create().veth("veth-red").peer("veth-blue").peerNetns(blue).apply();
 * }</pre>
 */
public final class LinkVethRequest extends LinkCreateRequest<LinkVethRequest> {
    private String peer;
    private byte[] peerAddress;
    private int peerMtu;
    private NetNamespace peerNetns;

    LinkVethRequest(String name) {
        super(name);
    }

    /**
     * {@code … type veth peer name PEER}; without it the kernel names the peer {@code vethN}.
     *
     * @param peer the name of the peer interface
     * @return this request
     */
    public LinkVethRequest peer(String peer) {
        this.peer = LinkChecks.name(peer, "peer name");
        return this;
    }

    /**
     * {@code … peer name PEER address LLADDR}.
     *
     * @param mac a MAC address, e.g. {@code "02:00:00:00:00:01"}
     * @return this request
     */
    public LinkVethRequest peerAddress(String mac) {
        this.peerAddress = LinkChecks.mac(mac, "peer address");
        return this;
    }

    /**
     * {@code … peer name PEER mtu MTU}.
     *
     * @param mtu the MTU in bytes
     * @return this request
     */
    public LinkVethRequest peerMtu(int mtu) {
        this.peerMtu = LinkChecks.mtu(mtu, "peer mtu");
        return this;
    }

    /**
     * {@code … peer name PEER netns NSNAME}: the peer is created directly inside
     * {@code namespace} ({@code IFLA_NET_NS_FD} in {@code VETH_INFO_PEER}).
     *
     * @param namespace the network namespace to act in (like {@code ip -n NS})
     * @return this request
     */
    public LinkVethRequest peerNetns(NetNamespace namespace) {
        if (namespace == null) {
            throw new IllegalArgumentException("peer netns must not be null");
        }
        this.peerNetns = namespace;
        return this;
    }

    @Override
    String kind() {
        return "veth";
    }

    @Override
    void check() {
        if (peer != null && peer.equals(name()) && peerNetns == null) {
            throw new IllegalArgumentException("peer name must differ from the link name in the same namespace: " + peer);
        }
    }

    @Override
    void encodeInfoData(MessageWriter w, Resolved resolved) {
        if (peer == null && peerAddress == null && peerMtu == 0 && peerNetns == null) {
            return;
        }
        int data = w.beginNested(IfLink.IFLA_INFO_DATA, false);
        int peerNest = w.beginNested(IfLink.VETH_INFO_PEER, false);
        IfInfoMsgEncoder.writeEmpty(w);
        if (peer != null) {
            w.putAttrString(IfLink.IFLA_IFNAME, peer);
        }
        if (peerMtu != 0) {
            w.putAttrU32(IfLink.IFLA_MTU, peerMtu);
        }
        if (peerAddress != null) {
            w.putAttrBytes(IfLink.IFLA_ADDRESS, peerAddress);
        }
        if (peerNetns != null) {
            w.putAttrU32(IfLink.IFLA_NET_NS_FD, peerNetns.fd());
        }
        w.endNested(peerNest);
        w.endNested(data);
    }
}
