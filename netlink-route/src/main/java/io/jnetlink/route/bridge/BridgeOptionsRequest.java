package io.jnetlink.route.bridge;

import io.jnetlink.route.wire.IfInfoMsgEncoder;
import io.jnetlink.route.wire.IfLink;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.BridgeOptionAttrs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * {@code ip link set BRIDGE type bridge [ageing_time T] [stp_state 0|1] [priority P]
 * [mcast_snooping 0|1] [vlan_filtering 0|1] [forward_delay T] [hello_time T] [max_age T]}: one
 * {@code RTM_NEWLINK} (no create flags) with {@code IFLA_LINKINFO}/{@code IFLA_INFO_DATA}, made by
 * {@link Bridges#set}. Times are in centiseconds, as the kernel and iproute2 take them.
 */
public final class BridgeOptionsRequest extends BridgeRequest<BridgeOptionsRequest> {
    private static final byte[] KIND = "bridge".getBytes(StandardCharsets.US_ASCII);
    private final Dev dev;
    private long forwardDelay = -1;
    private long helloTime = -1;
    private long maxAge = -1;
    private long ageingTime = -1;
    private int stp = -1;
    private int priority = -1;
    private int vlanFiltering = -1;
    private int mcastSnooping = -1;

    BridgeOptionsRequest(Dev dev) {
        this.dev = dev;
    }

    /**
     * {@code ageing_time T}: how long a learnt MAC stays, in centiseconds (30000 = 300 s).
     *
     * @param centiseconds 0..4294967295
     * @return this request
     */
    public BridgeOptionsRequest ageingTime(long centiseconds) {
        this.ageingTime = u32(centiseconds, "ageing_time");
        return this;
    }

    /**
     * {@code forward_delay T}: STP forward delay in centiseconds (200..3000).
     *
     * @param centiseconds the delay
     * @return this request
     */
    public BridgeOptionsRequest forwardDelay(long centiseconds) {
        this.forwardDelay = u32(centiseconds, "forward_delay");
        return this;
    }

    /**
     * {@code hello_time T}: STP hello time in centiseconds (100..1000).
     *
     * @param centiseconds the time
     * @return this request
     */
    public BridgeOptionsRequest helloTime(long centiseconds) {
        this.helloTime = u32(centiseconds, "hello_time");
        return this;
    }

    /**
     * {@code max_age T}: STP max message age in centiseconds (600..4000).
     *
     * @param centiseconds the age
     * @return this request
     */
    public BridgeOptionsRequest maxAge(long centiseconds) {
        this.maxAge = u32(centiseconds, "max_age");
        return this;
    }

    /**
     * {@code stp_state 0|1}: the spanning tree protocol.
     *
     * @param on whether STP runs
     * @return this request
     */
    public BridgeOptionsRequest stp(boolean on) {
        this.stp = on ? 1 : 0;
        return this;
    }

    /**
     * {@code priority P}: the bridge priority, 0..65535.
     *
     * @param priority the priority
     * @return this request
     */
    public BridgeOptionsRequest priority(int priority) {
        if (priority < 0 || priority > 0xFFFF) {
            throw new IllegalArgumentException("priority must be between 0 and 65535: " + priority);
        }
        this.priority = priority;
        return this;
    }

    /**
     * {@code vlan_filtering 0|1}: filter by VLAN (refused with EOPNOTSUPP by kernels without
     * {@code CONFIG_BRIDGE_VLAN_FILTERING}).
     *
     * @param on whether the bridge filters VLANs
     * @return this request
     */
    public BridgeOptionsRequest vlanFiltering(boolean on) {
        this.vlanFiltering = on ? 1 : 0;
        return this;
    }

    /**
     * {@code mcast_snooping 0|1}: IGMP/MLD snooping (the MDB).
     *
     * @param on whether the bridge snoops
     * @return this request
     */
    public BridgeOptionsRequest multicastSnooping(boolean on) {
        this.mcastSnooping = on ? 1 : 0;
        return this;
    }

    private static long u32(long value, String what) {
        if (value < 0 || value > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(what + " must be between 0 and 4294967295: " + value);
        }
        return value;
    }

    @Override
    List<Dev> devices() {
        return List.of(dev);
    }

    @Override
    void check() {
        if (forwardDelay < 0 && helloTime < 0 && maxAge < 0 && ageingTime < 0 && stp < 0 && priority < 0
                && vlanFiltering < 0 && mcastSnooping < 0) {
            throw new IllegalArgumentException("ip link set " + dev + " type bridge: no option given");
        }
    }

    @Override
    void encode(MessageWriter w, ToIntFunction<Dev> index) {
        int msg = w.beginMessage(Rtnl.RTM_NEWLINK, 0);
        IfInfoMsgEncoder.write(w, index.applyAsInt(dev), 0, 0);
        int info = w.beginNested(IfLink.IFLA_LINKINFO, false);
        w.putAttrBytes(IfLink.IFLA_INFO_KIND, KIND);
        int data = w.beginNested(IfLink.IFLA_INFO_DATA, false);
        // iproute2's order (bridge_parse_opt)
        u32(w, BridgeOptionAttrs.FORWARD_DELAY, forwardDelay);
        u32(w, BridgeOptionAttrs.HELLO_TIME, helloTime);
        u32(w, BridgeOptionAttrs.MAX_AGE, maxAge);
        u32(w, BridgeOptionAttrs.AGEING_TIME, ageingTime);
        u32(w, BridgeOptionAttrs.STP_STATE, stp);
        if (priority >= 0) {
            w.putAttrU16(BridgeOptionAttrs.PRIORITY, priority);
        }
        if (vlanFiltering >= 0) {
            w.putAttrU8(BridgeOptionAttrs.VLAN_FILTERING, vlanFiltering);
        }
        if (mcastSnooping >= 0) {
            w.putAttrU8(BridgeOptionAttrs.MCAST_SNOOPING, mcastSnooping);
        }
        w.endNested(data);
        w.endNested(info);
        w.endMessage(msg);
    }

    private static void u32(MessageWriter w, int type, long value) {
        if (value >= 0) {
            w.putAttrU32(type, (int) value);
        }
    }

    @Override
    public String describe() {
        return "RTM_NEWLINK ip link set " + dev + " type bridge";
    }
}
