package io.jnetlink.route.nsid;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One peer namespace id, as one line of {@code ip netns list-id}: the id this namespace gives
 * another one, and that namespace's iproute2 name when one of the names under {@code /run/netns}
 * has it.
 *
 * @param nsid            {@code NETNSA_NSID}
 * @param name            the named namespace ({@code ip netns}) with this id, if any
 * @param otherAttributes the attributes not decoded, raw
 */
public record NsId(int nsid, Optional<String> name, List<RawAttribute> otherAttributes) {
    /**
     * Checks for nulls and keeps an unmodifiable copy of the list.
     *
     * @param nsid {@code NETNSA_NSID}
     * @param name the named namespace with this id
     * @param otherAttributes the attributes not decoded
     */
    public NsId {
        Objects.requireNonNull(name, "name");
        otherAttributes = List.copyOf(otherAttributes);
    }

    /** Like {@code ip netns list-id}: {@code "nsid 5 (iproute2 netns name: blue)"}. */
    @Override
    public String toString() {
        return "nsid " + nsid + name.map(n -> " (iproute2 netns name: " + n + ")").orElse("");
    }
}
