package io.jnetlink.route.kinds;

import io.jnetlink.core.message.MessageWriter;

/**
 * {@code ip link add NAME type dummy|ifb|wireguard}: kinds created without options (a wireguard
 * device's keys and peers are set over generic netlink, which this request does not do).
 */
public final class PlainKindRequest extends KindRequest<PlainKindRequest> {
    private final String kind;

    PlainKindRequest(String name, String kind) {
        super(name);
        this.kind = kind;
    }

    @Override
    String kind() {
        return kind;
    }

    @Override
    void writeData(MessageWriter w) {
    }
}
