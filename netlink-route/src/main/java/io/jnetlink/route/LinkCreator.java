package io.jnetlink.route;

/**
 * What {@link Links#create()} returns: picks the kind of link to make, {@code ip link add NAME type KIND}.
 */
public final class LinkCreator {
    LinkCreator() {
    }

    /** {@code ip link add NAME type veth [peer name PEER]}. */
    public LinkVethRequest veth(String name) {
        return new LinkVethRequest(name);
    }

    /** {@code ip link add NAME type bridge}. */
    public LinkBridgeRequest bridge(String name) {
        return new LinkBridgeRequest(name);
    }

    /** {@code ip link add NAME link PARENT type macvlan}. */
    public LinkMacvlanRequest macvlan(String name) {
        return new LinkMacvlanRequest(name);
    }

    /** {@code ip link add NAME type vxlan id VNI}. */
    public LinkVxlanRequest vxlan(String name) {
        return new LinkVxlanRequest(name);
    }

    /** {@code ip link add NAME type KIND}, with raw {@code IFLA_INFO_DATA} set through {@link LinkRawRequest#data}. */
    public LinkRawRequest kind(String name, String kind) {
        return new LinkRawRequest(name, kind);
    }
}
