package io.jnetlink.route.kinds;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.IflaInfoDataKinds;

/** {@code ip link add link PARENT name NAME type vlan id ID [protocol 802.1Q|802.1ad]}. */
public final class VlanRequest extends KindRequest<VlanRequest> {
    private int id = -1;
    private int protocol;

    VlanRequest(String name) {
        super(name);
    }

    /**
     * {@code link PARENT}: the device the VLAN sits on; required.
     *
     * @param parent the parent's name
     * @return this request
     */
    public VlanRequest link(String parent) {
        parent(parent);
        return this;
    }

    /**
     * {@code link PARENT} by index.
     *
     * @param parentIndex the parent's index
     * @return this request
     */
    public VlanRequest link(int parentIndex) {
        parent(parentIndex);
        return this;
    }

    /**
     * {@code id ID}: the VLAN id, 0..4094; required.
     *
     * @param id the VLAN id
     * @return this request
     */
    public VlanRequest id(int id) {
        if (id < 0 || id > 4094) {
            throw new IllegalArgumentException("vlan id must be between 0 and 4094: " + id);
        }
        this.id = id;
        return this;
    }

    /**
     * {@code protocol 802.1ad}: a service tag (QinQ) instead of the default 802.1Q.
     *
     * @return this request
     */
    public VlanRequest qinq() {
        this.protocol = IflaInfoDataKinds.ETH_P_8021AD;
        return this;
    }

    /**
     * {@code protocol 802.1Q}, said explicitly.
     *
     * @return this request
     */
    public VlanRequest dot1q() {
        this.protocol = IflaInfoDataKinds.ETH_P_8021Q;
        return this;
    }

    @Override
    boolean needsParent() {
        return true;
    }

    @Override
    void check() {
        super.check();
        if (id < 0) {
            throw new IllegalArgumentException("id is required: vlan " + name());
        }
    }

    @Override
    String kind() {
        return "vlan";
    }

    @Override
    void writeData(MessageWriter w) {
        w.putAttrU16(IflaInfoDataKinds.IFLA_VLAN_ID, id);
        if (protocol != 0) {
            w.putAttrU16Be(IflaInfoDataKinds.IFLA_VLAN_PROTOCOL, protocol);
        }
    }
}
