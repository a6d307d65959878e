package io.jnetlink.netfilter.conntrack.expect;

/**
 * One thing an {@link ExpectationEvents} subscription delivers, like a line of
 * {@code conntrack -E expect}: an expectation created or destroyed ({@link ExpectationChangeEvent}),
 * or a milestone ({@link ExpectationEventSync}).
 */
public sealed interface ExpectationEvent permits ExpectationChangeEvent, ExpectationEventSync {
}
