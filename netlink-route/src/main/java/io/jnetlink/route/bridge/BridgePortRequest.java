package io.jnetlink.route.bridge;

import io.jnetlink.route.wire.IfInfoMsgEncoder;
import io.jnetlink.route.wire.IfLink;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.BrPortAttrs;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * {@code bridge link set dev DEV [learning on|off] [flood on|off] [hairpin on|off] [isolated on|off]
 * [mcast_flood on|off] [neigh_suppress on|off] [guard on|off] [root_block on|off] [cost N] [priority N]}:
 * one {@code RTM_SETLINK} of family {@code AF_BRIDGE} with the port options in
 * {@code IFLA_PROTINFO}, made by {@link BridgePorts#set}. Options not set are left as they are.
 */
public final class BridgePortRequest extends BridgeRequest<BridgePortRequest> {
    private final Dev dev;
    // IFLA_BRPORT_* value or -1 (not set), in the order iproute2 writes them
    private int guard = -1;
    private int hairpin = -1;
    private int fastLeave = -1;
    private int rootBlock = -1;
    private int flood = -1;
    private int mcastFlood = -1;
    private int bcastFlood = -1;
    private int learning = -1;
    private long cost = -1;
    private int priority = -1;
    private int neighSuppress = -1;
    private int isolated = -1;

    BridgePortRequest(Dev dev) {
        this.dev = dev;
    }

    /**
     * {@code learning on|off}: learn source MACs on this port ({@code IFLA_BRPORT_LEARNING}).
     *
     * @param on whether to learn
     * @return this request
     */
    public BridgePortRequest learning(boolean on) {
        this.learning = on ? 1 : 0;
        return this;
    }

    /**
     * {@code flood on|off}: flood unknown unicast to this port ({@code IFLA_BRPORT_UNICAST_FLOOD}).
     *
     * @param on whether to flood
     * @return this request
     */
    public BridgePortRequest flood(boolean on) {
        this.flood = on ? 1 : 0;
        return this;
    }

    /**
     * {@code hairpin on|off}: send frames back out of the port they came in on ({@code IFLA_BRPORT_MODE}).
     *
     * @param on whether to hairpin
     * @return this request
     */
    public BridgePortRequest hairpin(boolean on) {
        this.hairpin = on ? 1 : 0;
        return this;
    }

    /**
     * {@code isolated on|off}: an isolated port talks only to non-isolated ones ({@code IFLA_BRPORT_ISOLATED}).
     *
     * @param on whether the port is isolated
     * @return this request
     */
    public BridgePortRequest isolated(boolean on) {
        this.isolated = on ? 1 : 0;
        return this;
    }

    /**
     * {@code mcast_flood on|off}: flood unknown multicast to this port ({@code IFLA_BRPORT_MCAST_FLOOD}).
     *
     * @param on whether to flood multicast
     * @return this request
     */
    public BridgePortRequest mcastFlood(boolean on) {
        this.mcastFlood = on ? 1 : 0;
        return this;
    }

    /**
     * {@code bcast_flood on|off}: flood broadcast to this port ({@code IFLA_BRPORT_BCAST_FLOOD}).
     *
     * @param on whether to flood broadcast
     * @return this request
     */
    public BridgePortRequest bcastFlood(boolean on) {
        this.bcastFlood = on ? 1 : 0;
        return this;
    }

    /**
     * {@code neigh_suppress on|off}: answer ARP/ND for the port from the bridge ({@code IFLA_BRPORT_NEIGH_SUPPRESS}).
     *
     * @param on whether to suppress
     * @return this request
     */
    public BridgePortRequest neighSuppress(boolean on) {
        this.neighSuppress = on ? 1 : 0;
        return this;
    }

    /**
     * {@code guard on|off}: BPDU guard ({@code IFLA_BRPORT_GUARD}).
     *
     * @param on whether to block STP BPDUs
     * @return this request
     */
    public BridgePortRequest guard(boolean on) {
        this.guard = on ? 1 : 0;
        return this;
    }

    /**
     * {@code root_block on|off}: the port may not become root port ({@code IFLA_BRPORT_PROTECT}).
     *
     * @param on whether to block
     * @return this request
     */
    public BridgePortRequest rootBlock(boolean on) {
        this.rootBlock = on ? 1 : 0;
        return this;
    }

    /**
     * {@code fastleave on|off}: IGMP/MLD fast leave ({@code IFLA_BRPORT_FAST_LEAVE}).
     *
     * @param on whether to leave at once
     * @return this request
     */
    public BridgePortRequest fastLeave(boolean on) {
        this.fastLeave = on ? 1 : 0;
        return this;
    }

    /**
     * {@code cost N}: the STP path cost, 1..65535 ({@code IFLA_BRPORT_COST}).
     *
     * @param cost the path cost
     * @return this request
     */
    public BridgePortRequest cost(long cost) {
        if (cost < 1 || cost > 0xFFFF) {
            throw new IllegalArgumentException("cost must be between 1 and 65535: " + cost);
        }
        this.cost = cost;
        return this;
    }

    /**
     * {@code priority N}: the STP port priority, 0..63 ({@code IFLA_BRPORT_PRIORITY}).
     *
     * @param priority the port priority
     * @return this request
     */
    public BridgePortRequest priority(int priority) {
        if (priority < 0 || priority > 63) {
            throw new IllegalArgumentException("priority must be between 0 and 63: " + priority);
        }
        this.priority = priority;
        return this;
    }

    @Override
    List<Dev> devices() {
        return List.of(dev);
    }

    @Override
    void check() {
        if (guard < 0 && hairpin < 0 && fastLeave < 0 && rootBlock < 0 && flood < 0 && mcastFlood < 0 && bcastFlood < 0
                && learning < 0 && cost < 0 && priority < 0 && neighSuppress < 0 && isolated < 0) {
            throw new IllegalArgumentException("bridge link set dev " + dev + ": no option given");
        }
    }

    @Override
    void encode(MessageWriter w, ToIntFunction<Dev> index) {
        int msg = w.beginMessage(Rtnl.RTM_SETLINK, 0);
        IfInfoMsgEncoder.writeBridge(w, index.applyAsInt(dev));
        int nest = w.beginNested(IfLink.IFLA_PROTINFO);
        u8(w, BrPortAttrs.GUARD, guard);
        u8(w, BrPortAttrs.MODE, hairpin);
        u8(w, BrPortAttrs.FAST_LEAVE, fastLeave);
        u8(w, BrPortAttrs.PROTECT, rootBlock);
        u8(w, BrPortAttrs.UNICAST_FLOOD, flood);
        u8(w, BrPortAttrs.MCAST_FLOOD, mcastFlood);
        u8(w, BrPortAttrs.BCAST_FLOOD, bcastFlood);
        u8(w, BrPortAttrs.LEARNING, learning);
        if (cost >= 0) {
            w.putAttrU32(BrPortAttrs.COST, (int) cost);
        }
        if (priority >= 0) {
            w.putAttrU16(BrPortAttrs.PRIORITY, priority);
        }
        u8(w, BrPortAttrs.NEIGH_SUPPRESS, neighSuppress);
        u8(w, BrPortAttrs.ISOLATED, isolated);
        w.endNested(nest);
        w.endMessage(msg);
    }

    private static void u8(MessageWriter w, int type, int value) {
        if (value >= 0) {
            w.putAttrU8(type, value);
        }
    }

    @Override
    public String describe() {
        return "RTM_SETLINK bridge link set dev " + dev;
    }
}
