package io.jnetlink.route.nexthop;

/** What a {@link NexthopEvents} subscription delivers ({@code ip monitor nexthop}): a change, or a milestone. */
public sealed interface NexthopEvent permits NexthopChangeEvent, NexthopEventSync {
}
