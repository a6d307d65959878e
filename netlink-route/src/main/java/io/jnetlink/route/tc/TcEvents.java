package io.jnetlink.route.tc;

import io.jnetlink.route.wire.RtnlMessages;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.event.NetlinkSubscription;
import io.jnetlink.core.event.TypedEvents;
import io.jnetlink.core.event.TypedEventsBuilder;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.wire.TcMsg;

import java.util.List;

/**
 * {@code tc monitor} from Java for one device: typed qdisc, class and filter events
 * ({@code RTNLGRP_TC}).
 *
 * <pre>{@code
 * int ifindex = Links.get("veth0", ns).orElseThrow().index();
 * try (EventSubscription s = TcEvents.subscribe().dev(ifindex).in(ns)   // tc -n NS monitor (one device)
 *         .start(event -> System.out.println(event))) {
 *     ...
 * }
 * }</pre>
 *
 * <p>By default it lists what exists first (every qdisc, class and filter of the device as NEW, then
 * {@link TcSync} {@code LISTED}), then delivers live changes; after an overrun it re-dumps and
 * delivers the differences. The kernel dumps classes and filters per device, which is why a
 * subscription follows one device. Filters attached to classes (not to a qdisc or the
 * ingress/egress hooks) are not dumped by the kernel and arrive only as live notifications.
 * Statistics are not events (they change without notifications).
 */
public final class TcEvents extends TypedEventsBuilder<TcEvents, TcEvent> {
    static {
        RtnlMessages.register(); // names rtnetlink types in traces before this facade's first message
    }

    private int ifindex;

    private TcEvents() {
    }

    /**
     * Starts describing a subscription.
     *
     * @return a new builder; name the device with {@link #dev(int)}, then {@code start} or {@code queue}
     */
    public static TcEvents subscribe() {
        return new TcEvents();
    }

    /**
     * The device to follow.
     *
     * @param ifindex its index, e.g. {@code Links.get("veth0", ns).orElseThrow().index()}
     * @return this builder
     */
    public TcEvents dev(int ifindex) {
        if (ifindex <= 0) {
            throw new IllegalArgumentException("dev index must be positive: " + ifindex);
        }
        this.ifindex = ifindex;
        return this;
    }

    @Override
    protected TypedEvents<?, TcEvent> events() {
        if (ifindex == 0) {
            throw new IllegalArgumentException("dev(ifindex) must be given: tc events follow one device");
        }
        List<RequestEncoder> dumps = List.of(TcDumps.of(TcMsg.RTM_GETQDISC, 0, 0),
                TcDumps.of(TcMsg.RTM_GETTCLASS, ifindex, 0), TcDumps.of(TcMsg.RTM_GETTFILTER, ifindex, 0),
                TcDumps.of(TcMsg.RTM_GETTFILTER, ifindex, TcHandle.INGRESS_HOOK),
                TcDumps.of(TcMsg.RTM_GETTFILTER, ifindex, TcHandle.EGRESS_HOOK));
        return new TypedEvents<>(dumps, new TcEventCodec(ifindex), TcEventCodec::event, TcSync::new);
    }

    @Override
    protected NetlinkSubscription.Builder subscription() {
        return NetlinkSubscription.builder(Netlink.NETLINK_ROUTE).threadName("jnetlink-tc-events").groups(TcMsg.RTNLGRP_TC);
    }
}
