package io.jnetlink.netfilter.conntrack;

/**
 * One thing a {@link ConntrackEvents} subscription delivers, like a line of
 * {@code conntrack -E}: a connection tracked, updated or destroyed ({@link ConntrackChangeEvent}),
 * or a milestone ({@link ConntrackEventSync}).
 */
public sealed interface ConntrackEvent permits ConntrackChangeEvent, ConntrackEventSync {
}
