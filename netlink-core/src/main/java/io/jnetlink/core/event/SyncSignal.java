package io.jnetlink.core.event;

/**
 * Milestones of a list-then-follow subscription, delivered in order with the changes.
 */
public enum SyncSignal {
    /**
     * The objects that existed when the subscription started have all been delivered (as
     * {@link ChangeType#NEW}); what follows are live changes.
     */
    LISTED,
    /**
     * The kernel dropped notifications because the socket's receive buffer was full
     * ({@code ENOBUFS}). The library re-dumps the state; changes that converge the subscriber's
     * view follow, ended by {@link #RESYNCED}.
     */
    OVERRUN,
    /**
     * After an {@link #OVERRUN}: the state delivered so far equals the kernel's again (the changes
     * since the overrun were synthesized from a fresh dump compared with the last known state).
     */
    RESYNCED
}
