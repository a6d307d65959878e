package io.jnetlink.route;

/**
 * The zero-allocation form of a {@link RouteEvents} subscription ({@code ip monitor} without
 * listing): notifications as they come, through reused flyweight views, on the library's receive
 * thread. No cache: every {@code RTM_NEW*} is reported (new or changed alike) and every
 * {@code RTM_DEL*}. A view is valid only during the call: copy what you keep (e.g.
 * {@link LinkView#toLink()}). Only the followed groups are reported.
 */
public interface RouteEventViewHandler {
    /**
     * {@code RTM_NEWLINK} ({@code deleted} false) or {@code RTM_DELLINK} of a link.
     *
     * @param deleted true for an {@code RTM_DEL*} notification, false for {@code RTM_NEW*}
     * @param link a view of the link, valid only during the call
     */
    default void onLink(boolean deleted, LinkView link) {
    }

    /**
     * {@code RTM_NEWADDR} or {@code RTM_DELADDR}.
     *
     * @param deleted true for an {@code RTM_DEL*} notification, false for {@code RTM_NEW*}
     * @param address a view of the address, valid only during the call
     */
    default void onAddress(boolean deleted, AddressView address) {
    }

    /**
     * {@code RTM_NEWROUTE} or {@code RTM_DELROUTE} (cached clones excluded).
     *
     * @param deleted true for an {@code RTM_DEL*} notification, false for {@code RTM_NEW*}
     * @param route a view of the route, valid only during the call
     */
    default void onRoute(boolean deleted, RouteView route) {
    }

    /**
     * {@code RTM_NEWNEIGH} or {@code RTM_DELNEIGH} of an ARP or NDP entry.
     *
     * @param deleted true for an {@code RTM_DEL*} notification, false for {@code RTM_NEW*}
     * @param neighbor a view of the neighbour, valid only during the call
     */
    default void onNeighbor(boolean deleted, NeighborView neighbor) {
    }

    /**
     * {@code RTM_NEWRULE} or {@code RTM_DELRULE}; rules have no view, so this one allocates.
     *
     * @param deleted true for an {@code RTM_DEL*} notification, false for {@code RTM_NEW*}
     * @param rule the rule
     */
    default void onRule(boolean deleted, Rule rule) {
    }

    /**
     * {@code RTM_NEWNSID} or {@code RTM_DELNSID}.
     *
     * @param deleted true for an {@code RTM_DEL*} notification, false for {@code RTM_NEW*}
     * @param nsid the namespace id
     */
    default void onNsId(boolean deleted, int nsid) {
    }

    /** The kernel dropped notifications ({@code ENOBUFS}); list again to learn the state. */
    default void onOverrun() {
    }

    /**
     * The subscription ended because of {@code error}.
     *
     * @param error the error that ended the subscription
     */
    default void onError(RuntimeException error) {
    }
}
