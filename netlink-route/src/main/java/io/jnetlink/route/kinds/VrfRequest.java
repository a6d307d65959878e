package io.jnetlink.route.kinds;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.IflaInfoDataKinds;

/** {@code ip link add NAME type vrf table ID}. */
public final class VrfRequest extends KindRequest<VrfRequest> {
    private long table = -1;

    VrfRequest(String name) {
        super(name);
    }

    /**
     * {@code table ID}: the routing table of the VRF, 1..4294967295; required.
     *
     * @param table the table id
     * @return this request
     */
    public VrfRequest table(long table) {
        if (table < 1 || table > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("table must be between 1 and 4294967295: " + table);
        }
        this.table = table;
        return this;
    }

    @Override
    void check() {
        super.check();
        if (table < 0) {
            throw new IllegalArgumentException("table is required: vrf " + name());
        }
    }

    @Override
    String kind() {
        return "vrf";
    }

    @Override
    void writeData(MessageWriter w) {
        w.putAttrU32(IflaInfoDataKinds.IFLA_VRF_TABLE, (int) table);
    }
}
