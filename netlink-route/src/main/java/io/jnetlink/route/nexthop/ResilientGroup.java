package io.jnetlink.route.nexthop;

/**
 * The parameters of a resilient group ({@code type resilient buckets N idle_timer S unbalanced_timer S},
 * {@code NHA_RES_GROUP}). Timers in clock ticks of {@code USER_HZ} (1/100 s), as on the wire.
 *
 * @param buckets               {@code NHA_RES_GROUP_BUCKETS}
 * @param idleTimerTicks        {@code NHA_RES_GROUP_IDLE_TIMER}
 * @param unbalancedTimerTicks  {@code NHA_RES_GROUP_UNBALANCED_TIMER}
 * @param unbalancedTimeTicks   {@code NHA_RES_GROUP_UNBALANCED_TIME} (read only: how long the group has been unbalanced)
 */
public record ResilientGroup(int buckets, long idleTimerTicks, long unbalancedTimerTicks, long unbalancedTimeTicks) {
}
