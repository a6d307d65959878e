package io.jnetlink.route.bridge;

/** What an {@link FdbEvents} subscription delivers ({@code bridge monitor fdb}): a change, or a milestone. */
public sealed interface FdbEvent permits FdbChangeEvent, FdbEventSync {
}
