package io.jnetlink.netfilter.conntrack;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.core.event.NetlinkSubscription;
import io.jnetlink.core.event.TypedEvents;
import io.jnetlink.core.event.TypedEventsBuilder;
import io.jnetlink.core.message.Netlink;

import java.util.List;
import java.util.Objects;

/**
 * {@code conntrack -E} from Java: connections of one namespace as the kernel starts tracking
 * them, updates their state and destroys them ({@code NFNLGRP_CONNTRACK_NEW}, {@code _UPDATE},
 * {@code _DESTROY}; all three are joined, so that the followed state stays whole).
 *
 * <pre>{@code
 * try (EventSubscription s = ConntrackEvents.subscribe().in(ns).start(System.out::println)) { ... }
 * }</pre>
 *
 * <p>Lists first by default (every tracked connection as NEW, then LISTED), then follows; an
 * overrun, likely under heavy traffic, is reported (OVERRUN), the table re-dumped and the
 * differences delivered (then RESYNCED). Conntrack only runs in a namespace where something uses
 * it (an nft rule matching {@code ct state}, NAT).
 */
public final class ConntrackEvents extends TypedEventsBuilder<ConntrackEvents, ConntrackEvent> {

    private ConntrackFilter filter = ConntrackFilter.all();

    private ConntrackEvents() {
    }

    /**
     * Follows only the entries that pass {@code filter} ({@code conntrack -E --mark 7 --zone 3}). The
     * kernel narrows the listings (dump filter) and, through a BPF socket filter
     * ({@code SO_ATTACH_FILTER}, as {@code conntrack -E} with filters), the notifications: those of
     * other entries never reach this process. Each is checked here again, and an entry that stops
     * matching is reported DELETED.
     *
     * @param filter which entries; a protocol or port filter needs an address (its family)
     * @return this builder
     */
    public ConntrackEvents where(ConntrackFilter filter) {
        ConntrackFilter checked = Objects.requireNonNull(filter, "filter").checked();
        checked.family(0); // a tuple filter without a family is refused now, not at the first dump
        this.filter = checked;
        return this;
    }

    /**
     * Starts describing a subscription: {@code conntrack -E}.
     *
     * @return a new subscription builder; {@code start} or {@code queue} starts it
     */
    public static ConntrackEvents subscribe() {
        return new ConntrackEvents();
    }

    @Override
    protected TypedEvents<?, ConntrackEvent> events() {
        ConntrackEventCodec codec = new ConntrackEventCodec(filter);
        return new TypedEvents<>(List.of(codec.dump()), codec, ConntrackEventCodec::event, ConntrackEventSync::new);
    }

    @Override
    protected NetlinkSubscription.Builder subscription() {
        NetlinkSubscription.Builder b = NetlinkSubscription.builder(Netlink.NETLINK_NETFILTER)
                .groups(NfGenMsg.NFNLGRP_CONNTRACK_NEW, NfGenMsg.NFNLGRP_CONNTRACK_UPDATE, NfGenMsg.NFNLGRP_CONNTRACK_DESTROY)
                .threadName("jnetlink-conntrack-events");
        // The kernel drops the other entries' notifications; the codec still checks each one,
        // because an entry that leaves the filter (its mark changed) must be reported DELETED,
        // which a per-message program cannot know: it never saw the entry before.
        return filter == ConntrackFilter.all() ? b : b.filter(ConntrackEventProgram.of(filter));
    }
}
