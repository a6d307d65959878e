package io.jnetlink.generic.mptcp;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.generic.GenericFamily;
import io.jnetlink.generic.GenericNetlink;
import io.jnetlink.generic.GenericRequest;

import static io.jnetlink.generic.mptcp.wire.MptcpPm.*;

/**
 * {@code ip mptcp limits set [subflow N] [add_addr_accepted N]} ({@code MPTCP_PM_CMD_SET_LIMITS});
 * only the limits given are sent. The kernel caps both at 8 ({@code MPTCP_PM_ADDR_MAX}) and
 * answers a larger one with {@code EINVAL}.
 */
public final class MptcpLimitsRequest extends GenericRequest<MptcpLimitsRequest, Void> {
    private long subflows = -1;
    private long addAddrAccepted = -1;

    MptcpLimitsRequest() {
    }

    /**
     * {@code subflow N}.
     *
     * @param limit 0..4294967295
     * @return this request
     * @throws IllegalArgumentException outside that range
     */
    public MptcpLimitsRequest subflows(long limit) {
        this.subflows = check(limit, "subflows limit");
        return this;
    }

    /**
     * {@code add_addr_accepted N}.
     *
     * @param limit 0..4294967295
     * @return this request
     * @throws IllegalArgumentException outside that range
     */
    public MptcpLimitsRequest addAddrAccepted(long limit) {
        this.addAddrAccepted = check(limit, "add_addr_accepted limit");
        return this;
    }

    private static long check(long limit, String what) {
        if (limit < 0 || limit > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(what + " must be 0..4294967295: " + limit);
        }
        return limit;
    }

    @Override
    protected String familyName() {
        return MPTCP_PM_NAME;
    }

    @Override
    protected Void exchange(NetlinkConnection connection, GenericFamily family) {
        connection.request(describe(), w -> encode(w, family));
        return null;
    }

    @Override
    public void encode(MessageWriter w, GenericFamily family) {
        int start = GenericNetlink.begin(w, family.id(), MPTCP_PM_CMD_SET_LIMITS, MPTCP_PM_VER, 0);
        if (addAddrAccepted >= 0) {
            w.putAttrU32(MPTCP_PM_ATTR_RCV_ADD_ADDRS, (int) addAddrAccepted);
        }
        if (subflows >= 0) {
            w.putAttrU32(MPTCP_PM_ATTR_SUBFLOWS, (int) subflows);
        }
        writeExtraAttributes(w);
        w.endMessage(start);
    }

    @Override
    public String describe() {
        return "MPTCP_PM_CMD_SET_LIMITS" + (subflows >= 0 ? " subflows " + subflows : "")
                + (addAddrAccepted >= 0 ? " add_addr_accepted " + addAddrAccepted : "");
    }
}
