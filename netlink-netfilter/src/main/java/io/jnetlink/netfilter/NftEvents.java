package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.core.event.NetlinkSubscription;
import io.jnetlink.core.event.TypedEvents;
import io.jnetlink.core.event.TypedEventsBuilder;
import io.jnetlink.core.message.Netlink;

/**
 * {@code nft monitor} from Java: tables, chains, rules and sets of one namespace as they are
 * added, changed and deleted ({@code NFNLGRP_NFTABLES}).
 *
 * <pre>{@code
 * try (EventSubscription s = NftEvents.subscribe().in(ns).start(System.out::println)) { ... }
 * }</pre>
 *
 * <p>Lists first by default (every existing object as NEW, then {@link NftEventSync} LISTED),
 * then follows with nothing missed or repeated; an overrun is reported (OVERRUN), the ruleset
 * re-dumped and the differences delivered (then RESYNCED). Delivery is on a library thread, in
 * order, or handed to an executor; {@link #queue(int)} is the pull form.
 */
public final class NftEvents extends TypedEventsBuilder<NftEvents, NftEvent> {

    private NftEvents() {
    }

    /**
     * Starts describing a subscription: {@code nft monitor}.
     *
     * @return a new subscription builder; {@code start} or {@code queue} starts it
     */
    public static NftEvents subscribe() {
        return new NftEvents();
    }

    @Override
    protected TypedEvents<?, NftEvent> events() {
        return new TypedEvents<>(NftEventCodec.dumps(), new NftEventCodec(), NftEventCodec::event, NftEventSync::new);
    }

    @Override
    protected NetlinkSubscription.Builder subscription() {
        return NetlinkSubscription.builder(Netlink.NETLINK_NETFILTER).groups(NfGenMsg.NFNLGRP_NFTABLES).threadName("jnetlink-nft-events");
    }
}
