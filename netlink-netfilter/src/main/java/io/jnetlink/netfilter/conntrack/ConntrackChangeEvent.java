package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * A connection began to be tracked ({@code [NEW]}), changed state ({@code [UPDATE]}) or was
 * destroyed ({@code [DESTROY]}), as {@code conntrack -E} prints them.
 *
 * @param type  NEW, CHANGED (UPDATE) or DELETED (DESTROY)
 * @param entry the entry (for DELETED: its last state)
 */
public record ConntrackChangeEvent(ChangeType type, ConntrackEntry entry) implements ConntrackEvent {
    /**
     * The canonical constructor: checks that {@code type}, {@code entry} are not null.
     *
     * @param type NEW, CHANGED (UPDATE) or DELETED (DESTROY)
     * @param entry the entry (for DELETED: its last state)
     */
    public ConntrackChangeEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entry, "entry");
    }

    /** {@code "[NEW] tcp 127.0.0.1:40000 -> 127.0.0.1:8080 ESTABLISHED"}-like. */
    @Override
    public String toString() {
        String tag = type == ChangeType.NEW ? "[NEW]" : type == ChangeType.CHANGED ? "[UPDATE]" : "[DESTROY]";
        ConntrackTuple o = entry.original();
        return tag + " proto " + o.protocol() + " " + o.source().getHostAddress() + ":" + o.sourcePort() + " -> "
                + o.destination().getHostAddress() + ":" + o.destinationPort() + " " + entry.tcpStateName();
    }
}
