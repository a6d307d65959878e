package io.jnetlink.route;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.IfLink;

/**
 * {@code ip link add NAME link PARENT type macvlan mode MODE}: a link with its own MAC on top of
 * {@code PARENT} (required; {@code IFLA_LINK}).
 */
public final class LinkMacvlanRequest extends LinkCreateRequest<LinkMacvlanRequest> {
    private String parent;
    private MacvlanMode mode;

    LinkMacvlanRequest(String name) {
        super(name);
    }

    /**
     * {@code ip link add NAME link PARENT type macvlan}: the underlying device.
     *
     * @param parent the name of the lower (parent) interface
     * @return this request
     */
    public LinkMacvlanRequest parent(String parent) {
        this.parent = LinkChecks.name(parent, "parent");
        return this;
    }

    /**
     * {@code … type macvlan mode private|vepa|bridge|passthru|source}.
     *
     * @param mode the macvlan mode
     * @return this request
     */
    public LinkMacvlanRequest mode(MacvlanMode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("macvlan mode must not be null");
        }
        this.mode = mode;
        return this;
    }

    @Override
    String kind() {
        return "macvlan";
    }

    @Override
    void check() {
        if (parent == null) {
            throw new IllegalArgumentException("parent must be set for a macvlan (ip link add NAME link PARENT type macvlan)");
        }
    }

    @Override
    boolean namesDevices() {
        return true;
    }

    @Override
    Resolved resolveNames(NetlinkConnection connection) {
        return new Resolved(LinkIndexes.resolve(connection, parent), 0);
    }

    @Override
    void encodeInfoData(MessageWriter w, Resolved resolved) {
        if (mode == null) {
            return;
        }
        int data = w.beginNested(IfLink.IFLA_INFO_DATA, false);
        w.putAttrU32(IfLink.IFLA_MACVLAN_MODE, mode.raw());
        w.endNested(data);
    }
}
