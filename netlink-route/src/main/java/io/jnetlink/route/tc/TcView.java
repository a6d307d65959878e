package io.jnetlink.route.tc;

import io.jnetlink.core.message.MessageReader;

/**
 * What every tc message view reads the same way: the {@code struct tcmsg} header and
 * {@code TCA_KIND}. {@link QdiscView}, {@link TrafficClassView} and {@link FilterView} add what
 * their message type carries.
 *
 * <p>Valid only until the next receive on the connection it came from.
 */
public abstract sealed class TcView permits QdiscView, TrafficClassView, FilterView {
    /** The one decoder of the tcmsg header and its attributes, shared by the three views. */
    final TcMessage message = new TcMessage();

    TcView() {
    }

    /** Points the view at {@code m} (the subclasses' {@code wrap} return themselves). */
    final void wrapMessage(MessageReader m) {
        message.wrap(m);
    }

    /** {@return {@code tcm_ifindex}} */
    public int ifindex() {
        return message.ifindex();
    }

    /** {@return {@code tcm_handle} (a class's id, a qdisc's or filter's handle)} */
    public int handle() {
        return message.handle();
    }

    /** {@return {@code tcm_parent}} */
    public int parent() {
        return message.parent();
    }

    /** {@return {@code TCA_KIND}; allocates} */
    public String kind() {
        return message.kind();
    }

    /**
     * Compares the kind without allocating.
     *
     * @param kind the kind to compare with
     * @return whether {@code TCA_KIND} equals it
     */
    public boolean kindEquals(String kind) {
        return message.kindEquals(kind);
    }
}
