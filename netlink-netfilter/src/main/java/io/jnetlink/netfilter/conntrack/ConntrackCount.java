package io.jnetlink.netfilter.conntrack;

/**
 * The size of a namespace's connection tracking table, as {@code conntrack -C} prints it
 * ({@code IPCTNL_MSG_CT_GET_STATS}).
 *
 * @param entries    connections tracked now ({@code CTA_STATS_GLOBAL_ENTRIES})
 * @param maxEntries the table's limit, {@code net.netfilter.nf_conntrack_max} ({@code CTA_STATS_GLOBAL_MAX_ENTRIES})
 */
public record ConntrackCount(long entries, long maxEntries) {
}
