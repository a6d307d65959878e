package io.jnetlink.route;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * A neighbour (ARP or NDP entry) appeared, changed state or was removed ({@code ip monitor neigh}: {@code RTM_NEWNEIGH} / {@code RTM_DELNEIGH}).
 *
 * @param type what happened
 * @param neighbor its state (for {@link ChangeType#DELETED}: its last state)
 */
public record NeighborEvent(ChangeType type, Neighbor neighbor) implements RtnetlinkEvent {
    /**
     * The canonical constructor: checks that {@code type}, {@code neighbor} are not null.
     *
     * @param type what happened
     * @param neighbor its state (for {@link ChangeType#DELETED}: its last state)
     */
    public NeighborEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(neighbor, "neighbor");
    }

    /** Like {@code ip monitor}: {@code "[NEIGH] ..."}, with {@code "Deleted "} before removals. */
    @Override
    public String toString() {
        return "[NEIGH] " + (type == ChangeType.DELETED ? "Deleted " : "") + neighbor;
    }
}
