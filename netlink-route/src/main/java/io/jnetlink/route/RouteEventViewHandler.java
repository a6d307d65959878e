package io.jnetlink.route;

/**
 * The zero-allocation form of a {@link RouteEvents} subscription ({@code ip monitor} without
 * listing): notifications as they come, through reused flyweight views, on the library's receive
 * thread. No cache: every {@code RTM_NEW*} is reported (new or changed alike) and every
 * {@code RTM_DEL*}. A view is valid only during the call: copy what you keep (e.g.
 * {@link LinkView#toLink()}). Only the followed groups are reported.
 */
public interface RouteEventViewHandler {
    /** {@code RTM_NEWLINK} ({@code deleted} false) or {@code RTM_DELLINK} of a link. */
    default void onLink(boolean deleted, LinkView link) {
    }

    /** {@code RTM_NEWADDR} or {@code RTM_DELADDR}. */
    default void onAddress(boolean deleted, AddressView address) {
    }

    /** {@code RTM_NEWROUTE} or {@code RTM_DELROUTE} (cached clones excluded). */
    default void onRoute(boolean deleted, RouteView route) {
    }

    /** {@code RTM_NEWNEIGH} or {@code RTM_DELNEIGH} of an ARP or NDP entry. */
    default void onNeighbor(boolean deleted, NeighborView neighbor) {
    }

    /** {@code RTM_NEWRULE} or {@code RTM_DELRULE}; rules have no view, so this one allocates. */
    default void onRule(boolean deleted, Rule rule) {
    }

    /** {@code RTM_NEWNSID} or {@code RTM_DELNSID}. */
    default void onNsId(boolean deleted, int nsid) {
    }

    /** The kernel dropped notifications ({@code ENOBUFS}); list again to learn the state. */
    default void onOverrun() {
    }

    /** The subscription ended because of {@code error}. */
    default void onError(RuntimeException error) {
    }
}
