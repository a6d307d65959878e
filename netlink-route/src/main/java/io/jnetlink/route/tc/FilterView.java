package io.jnetlink.route.tc;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.MessageReader;

/**
 * A reusable flyweight over one {@code RTM_NEWTFILTER}/{@code RTM_DELTFILTER} message: the one
 * filter decoder, for streaming dumps ({@link Filters#forEach}) without allocating per message.
 *
 * <p>Valid only until the next receive on the connection it came from: copy what you keep, or
 * take a {@link #toFilter()} record.
 */
public final class FilterView extends TcView {
    /** A view over nothing yet: {@link #wrap} it over a message. */
    public FilterView() {
    }

    /**
     * Points the view at {@code message}.
     *
     * @param m the message, positioned at its header
     * @return this view
     * @throws NetlinkDecodeException when the message is malformed or has no {@code TCA_KIND}
     */
    public FilterView wrap(MessageReader m) {
        wrapMessage(m);
        return this;
    }

    /** {@return the priority ({@code pref}): the upper 16 bits of {@code tcm_info}} */
    public int priority() {
        return message.info() >>> 16;
    }

    /** {@return the protocol (ethertype): the lower 16 bits of {@code tcm_info}, in host order} */
    public int protocol() {
        return TcStruct.ntohs(message.info());
    }

    /** {@return {@code TCA_CHAIN}, -1 when absent} */
    public long chain() {
        return message.chain();
    }

    /**
     * Decodes the classifier's options.
     *
     * @return the options; allocates
     * @throws NetlinkDecodeException when the options of a modelled classifier are malformed
     */
    public FilterOptions options() {
        return TcKinds.filter(message.kind(), message.options());
    }

    /**
     * A record copy of the message.
     *
     * @return the record
     * @throws NetlinkDecodeException when the options of a modelled classifier are malformed
     */
    public Filter toFilter() {
        return new Filter(ifindex(), handle(), parent(), protocol(), priority(), chain(), options(), message.others(true));
    }
}
