package io.jnetlink.netfilter.conntrack.expect;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.core.event.NetlinkSubscription;
import io.jnetlink.core.event.TypedEvents;
import io.jnetlink.core.event.TypedEventsBuilder;
import io.jnetlink.core.message.Netlink;

import java.util.List;

/**
 * {@code conntrack -E expect} from Java: expectations of one namespace as helpers (or
 * {@link Expectations#create}) make them and as they are destroyed ({@code NFNLGRP_CONNTRACK_EXP_NEW},
 * {@code _EXP_DESTROY}).
 *
 * <pre>{@code
 * try (EventSubscription s = ExpectationEvents.subscribe().in(ns).start(System.out::println)) { ... }
 * }</pre>
 *
 * <p>Lists first by default (every expectation as NEW, then LISTED), then follows; an overrun is
 * reported (OVERRUN), the table re-dumped and the differences delivered (then RESYNCED).
 */
public final class ExpectationEvents extends TypedEventsBuilder<ExpectationEvents, ExpectationEvent> {

    private ExpectationEvents() {
    }

    /**
     * Starts describing a subscription: {@code conntrack -E expect}.
     *
     * @return a new subscription builder; {@code start} or {@code queue} starts it
     */
    public static ExpectationEvents subscribe() {
        return new ExpectationEvents();
    }

    @Override
    protected TypedEvents<?, ExpectationEvent> events() {
        return new TypedEvents<>(List.of(ExpectationEventCodec.DUMP), new ExpectationEventCodec(),
                ExpectationEventCodec::event, ExpectationEventSync::new);
    }

    @Override
    protected NetlinkSubscription.Builder subscription() {
        return NetlinkSubscription.builder(Netlink.NETLINK_NETFILTER)
                .groups(NfGenMsg.NFNLGRP_CONNTRACK_EXP_NEW, NfGenMsg.NFNLGRP_CONNTRACK_EXP_DESTROY)
                .threadName("jnetlink-expectation-events");
    }
}
