package io.jnetlink.route;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.IfLink;

/**
 * {@code ip link add NAME type bridge [stp_state N] [forward_delay N] [ageing_time N]
 * [vlan_filtering 0|1] [priority N]}: a software switch. Times are in hundredths of a second,
 * as {@code ip link} takes them.
 */
public final class LinkBridgeRequest extends LinkCreateRequest<LinkBridgeRequest> {
    private long forwardDelay = -1;
    private long ageingTime = -1;
    private int stp = -1;
    private int vlanFiltering = -1;
    private int priority = -1;

    LinkBridgeRequest(String name) {
        super(name);
    }

    /**
     * {@code … type bridge stp_state 1|0}: kernel STP on or off.
     *
     * @param on true to enable, false to disable
     * @return this request
     */
    public LinkBridgeRequest stp(boolean on) {
        this.stp = on ? 1 : 0;
        return this;
    }

    /**
     * {@code … type bridge forward_delay N}, in 1/100 s; the kernel takes 200..3000 while STP runs.
     *
     * @param centiseconds the time in hundredths of a second, as the kernel stores it
     * @return this request
     */
    public LinkBridgeRequest forwardDelay(long centiseconds) {
        this.forwardDelay = LinkChecks.nonNegative(centiseconds, 0xFFFF_FFFFL, "forward_delay") & 0xFFFF_FFFFL;
        return this;
    }

    /**
     * {@code … type bridge ageing_time N}, in 1/100 s: how long learnt MACs are kept.
     *
     * @param centiseconds the time in hundredths of a second, as the kernel stores it
     * @return this request
     */
    public LinkBridgeRequest ageingTime(long centiseconds) {
        this.ageingTime = LinkChecks.nonNegative(centiseconds, 0xFFFF_FFFFL, "ageing_time") & 0xFFFF_FFFFL;
        return this;
    }

    /**
     * {@code … type bridge vlan_filtering 1|0}.
     *
     * @param on true to enable, false to disable
     * @return this request
     */
    public LinkBridgeRequest vlanFiltering(boolean on) {
        this.vlanFiltering = on ? 1 : 0;
        return this;
    }

    /**
     * {@code … type bridge priority N}: the STP bridge priority, 0..65535.
     *
     * @param priority the bridge priority for STP (0..65535)
     * @return this request
     */
    public LinkBridgeRequest priority(int priority) {
        this.priority = LinkChecks.nonNegative(priority, 0xFFFF, "priority");
        return this;
    }

    @Override
    String kind() {
        return "bridge";
    }

    @Override
    void encodeInfoData(MessageWriter w, Resolved resolved) {
        if (forwardDelay < 0 && ageingTime < 0 && stp < 0 && vlanFiltering < 0 && priority < 0) {
            return;
        }
        int data = w.beginNested(IfLink.IFLA_INFO_DATA, false);
        if (forwardDelay >= 0) {
            w.putAttrU32(IfLink.IFLA_BR_FORWARD_DELAY, (int) forwardDelay);
        }
        if (ageingTime >= 0) {
            w.putAttrU32(IfLink.IFLA_BR_AGEING_TIME, (int) ageingTime);
        }
        if (stp >= 0) {
            w.putAttrU32(IfLink.IFLA_BR_STP_STATE, stp);
        }
        if (priority >= 0) {
            w.putAttrU16(IfLink.IFLA_BR_PRIORITY, priority);
        }
        if (vlanFiltering >= 0) {
            w.putAttrU8(IfLink.IFLA_BR_VLAN_FILTERING, vlanFiltering);
        }
        w.endNested(data);
    }
}
