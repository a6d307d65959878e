package io.jnetlink.generic.ethtool;

import io.jnetlink.core.event.TypedEvents;
import io.jnetlink.generic.GenericEventsBuilder;
import io.jnetlink.generic.GenericFamily;

import java.util.List;

import static io.jnetlink.generic.ethtool.wire.EthtoolAttrs.*;

/**
 * {@code ethtool --monitor} from Java: the features and channels of every device of a namespace,
 * listed first (each as NEW, then LISTED) and then followed through ethtool's {@code monitor}
 * multicast group (resolved through nlctrl when the subscription starts).
 *
 * <pre>{@code
 * try (EventQueue<EthtoolEvent> q = EthtoolEvents.subscribe().in(ns).queue(1024)) { ... }
 * }</pre>
 */
public final class EthtoolEvents extends GenericEventsBuilder<EthtoolEvents, EthtoolEvent> {
    private EthtoolEvents() {
    }

    /**
     * Starts describing a subscription: {@code ethtool --monitor}.
     *
     * @return a new subscription builder; {@code start} or {@code queue} starts it
     */
    public static EthtoolEvents subscribe() {
        return new EthtoolEvents();
    }

    @Override
    protected String familyName() {
        return ETHTOOL_GENL_NAME;
    }

    @Override
    protected List<String> groupNames() {
        return List.of(ETHTOOL_MCGRP_MONITOR_NAME);
    }

    @Override
    protected String threadName() {
        return "jnetlink-ethtool-events";
    }

    @Override
    protected TypedEvents<?, EthtoolEvent> events(GenericFamily family) {
        EthtoolEventCodec codec = new EthtoolEventCodec(family);
        return new TypedEvents<>(codec.dumps(), codec, EthtoolEventCodec::event, EthtoolEventSync::new);
    }
}
