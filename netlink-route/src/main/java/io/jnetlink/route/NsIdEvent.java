package io.jnetlink.route;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * A peer namespace got or lost an id in the followed namespace ({@code ip monitor nsid}:
 * {@code RTM_NEWNSID} / {@code RTM_DELNSID}). Ids are assigned by {@code ip netns set NAME ID},
 * or by the kernel when a link refers to a peer in another namespace (a veth's other end).
 *
 * @param type what happened (a nsid is never CHANGED: it is its own identity)
 * @param nsid {@code NETNSA_NSID}
 */
public record NsIdEvent(ChangeType type, int nsid) implements RtnetlinkEvent {
    /**
     * The canonical constructor: checks that {@code type} is not null.
     *
     * @param type what happened (a nsid is never CHANGED: it is its own identity)
     * @param nsid {@code NETNSA_NSID}
     */
    public NsIdEvent {
        Objects.requireNonNull(type, "type");
    }

    /** Like {@code ip monitor nsid}: {@code "[NSID] nsid 3"}, {@code "Deleted "} before removals. */
    @Override
    public String toString() {
        return "[NSID] " + (type == ChangeType.DELETED ? "Deleted " : "") + "nsid " + nsid;
    }
}
