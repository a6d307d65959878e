package io.jnetlink.route;

/**
 * What {@link Links#create()} returns: picks the kind of link to make, {@code ip link add NAME type KIND}.
 */
public final class LinkCreator {
    LinkCreator() {
    }

    /**
     * {@code ip link add NAME type veth [peer name PEER]}.
     *
     * @param name the name of the new link
     * @return the request; {@code apply()} sends it
     */
    public LinkVethRequest veth(String name) {
        return new LinkVethRequest(name);
    }

    /**
     * {@code ip link add NAME type bridge}.
     *
     * @param name the name of the new link
     * @return the request; {@code apply()} sends it
     */
    public LinkBridgeRequest bridge(String name) {
        return new LinkBridgeRequest(name);
    }

    /**
     * {@code ip link add NAME link PARENT type macvlan}.
     *
     * @param name the name of the new link
     * @return the request; {@code apply()} sends it
     */
    public LinkMacvlanRequest macvlan(String name) {
        return new LinkMacvlanRequest(name);
    }

    /**
     * {@code ip link add NAME type vxlan id VNI}.
     *
     * @param name the name of the new link
     * @return the request; {@code apply()} sends it
     */
    public LinkVxlanRequest vxlan(String name) {
        return new LinkVxlanRequest(name);
    }

    /**
     * {@code ip link add NAME type KIND}, with raw {@code IFLA_INFO_DATA} set through {@link LinkRawRequest#data}.
     *
     * @param name the name of the new link
     * @param kind the link kind ({@code IFLA_INFO_KIND}), e.g. {@code "dummy"}
     * @return the request; {@code apply()} sends it
     */
    public LinkRawRequest kind(String name, String kind) {
        return new LinkRawRequest(name, kind);
    }
}
