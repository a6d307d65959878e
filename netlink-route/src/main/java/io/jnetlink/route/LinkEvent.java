package io.jnetlink.route;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * A link appeared, changed or was deleted ({@code ip monitor link}: {@code RTM_NEWLINK} /
 * {@code RTM_DELLINK} of family {@code AF_UNSPEC}).
 *
 * @param type what happened
 * @param link the link's state (for {@link ChangeType#DELETED}: its last state)
 */
public record LinkEvent(ChangeType type, Link link) implements RtnetlinkEvent {
    /**
     * The canonical constructor: checks that {@code type}, {@code link} are not null.
     *
     * @param type what happened
     * @param link the link's state (for {@link ChangeType#DELETED}: its last state)
     */
    public LinkEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(link, "link");
    }

    /** Like {@code ip monitor link}: {@code "[LINK] 3: veth0@if2 <...> ..."}, {@code "Deleted "} before removals. */
    @Override
    public String toString() {
        return "[LINK] " + (type == ChangeType.DELETED ? "Deleted " : "") + link;
    }
}
