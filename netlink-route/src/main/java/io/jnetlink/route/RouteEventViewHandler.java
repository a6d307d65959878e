package io.jnetlink.route;

/**
 * The zero-allocation form of a {@link RouteEvents} subscription: notifications as they come,
 * through reused flyweight views, on the library's receive thread. No listing, no cache: every
 * {@code RTM_NEW*} is reported (new or changed alike) and every {@code RTM_DEL*}. A view is valid
 * only during the call: copy what you keep (e.g. {@link LinkView#toLink()}).
 */
public interface RouteEventViewHandler {
    /** {@code RTM_NEWLINK} ({@code deleted} false) or {@code RTM_DELLINK} of a link. */
    default void onLink(boolean deleted, LinkView link) {
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
