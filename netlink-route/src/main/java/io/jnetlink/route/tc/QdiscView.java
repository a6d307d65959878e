package io.jnetlink.route.tc;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.MessageReader;

/**
 * A reusable flyweight over one {@code RTM_NEWQDISC}/{@code RTM_DELQDISC} message: the one qdisc
 * decoder, for streaming dumps ({@link Qdiscs#forEach}) without allocating per message.
 *
 * <p>Valid only until the next receive on the connection it came from: copy what you keep, or
 * take a {@link #toQdisc()} record.
 */
public final class QdiscView extends TcView {
    /** A view over nothing yet: {@link #wrap} it over a message. */
    public QdiscView() {
    }

    /**
     * Points the view at {@code message}.
     *
     * @param m the message, positioned at its header
     * @return this view
     * @throws NetlinkDecodeException when the message is malformed or has no {@code TCA_KIND}
     */
    public QdiscView wrap(MessageReader m) {
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
    public QdiscOptions options() {
        return TcKinds.qdisc(message.kind(), message.options());
    }

    /**
     * A record copy of the message.
     *
     * @return the record
     * @throws NetlinkDecodeException when the options of a modelled kind are malformed
     */
    public Qdisc toQdisc() {
        return new Qdisc(ifindex(), handle(), parent(), options(), stats(), message.others(false));
    }
}
