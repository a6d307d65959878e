package io.jnetlink.route;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * An interface address appeared, changed or was removed ({@code ip monitor address}: {@code RTM_NEWADDR} / {@code RTM_DELADDR}, IPv4 and IPv6).
 *
 * @param type what happened
 * @param address its state (for {@link ChangeType#DELETED}: its last state)
 */
public record AddressEvent(ChangeType type, Address address) implements RtnetlinkEvent {
    /**
     * The canonical constructor: checks that {@code type}, {@code address} are not null.
     *
     * @param type what happened
     * @param address its state (for {@link ChangeType#DELETED}: its last state)
     */
    public AddressEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(address, "address");
    }

    /** Like {@code ip monitor}: {@code "[ADDR] ..."}, with {@code "Deleted "} before removals. */
    @Override
    public String toString() {
        return "[ADDR] " + (type == ChangeType.DELETED ? "Deleted " : "") + address + " dev " + address.index();
    }
}
