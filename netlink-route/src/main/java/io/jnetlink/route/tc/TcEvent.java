package io.jnetlink.route.tc;

/**
 * One thing a {@link TcEvents} subscription delivers, like a line of {@code tc monitor}: a change
 * to a qdisc ({@link QdiscEvent}), class ({@link TrafficClassEvent}) or filter ({@link FilterEvent}),
 * or a milestone of the subscription ({@link TcSync}).
 */
public sealed interface TcEvent permits QdiscEvent, TrafficClassEvent, FilterEvent, TcSync {
}
