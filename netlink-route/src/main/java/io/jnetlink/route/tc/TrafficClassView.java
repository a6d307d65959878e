package io.jnetlink.route.tc;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.MessageReader;

/**
 * A reusable flyweight over one {@code RTM_NEWTCLASS}/{@code RTM_DELTCLASS} message: the one class
 * decoder, for streaming dumps ({@link TrafficClasses#forEach}) without allocating per message.
 *
 * <p>Valid only until the next receive on the connection it came from: copy what you keep, or
 * take a {@link #toTrafficClass()} record.
 */
public final class TrafficClassView extends TcView {
    /** A view over nothing yet: {@link #wrap} it over a message. */
    public TrafficClassView() {
    }

    /**
     * Points the view at {@code message}.
     *
     * @param m the message, positioned at its header
     * @return this view
     * @throws NetlinkDecodeException when the message is malformed or has no {@code TCA_KIND}
     */
    public TrafficClassView wrap(MessageReader m) {
        wrapMessage(m);
        return this;
    }

    /** {@return bytes sent ({@code TCA_STATS_BASIC})} */
    public long bytes() {
        return message.bytes();
    }

    /** {@return packets sent} */
    public long packets() {
        return message.packets();
    }

    /** {@return the statistics; allocates} */
    public TcStats stats() {
        return message.stats();
    }

    /**
     * Decodes the kind's options.
     *
     * @return the options; allocates
     * @throws NetlinkDecodeException when the options of a modelled kind are malformed
     */
    public ClassOptions options() {
        return TcKinds.trafficClass(message.kind(), message.options());
    }

    /**
     * A record copy of the message.
     *
     * @return the record
     * @throws NetlinkDecodeException when the options of a modelled kind are malformed
     */
    public TrafficClass toTrafficClass() {
        return new TrafficClass(ifindex(), handle(), parent(), options(), stats(), message.others(false));
    }
}
