package io.jnetlink.route.wire;

/**
 * Actions ({@code TCA_ACT_*} and {@code TC_ACT_*} in {@code <linux/pkt_cls.h>}; gact, mirred and
 * police in {@code <linux/tc_act/>}). A filter's action list is a nest of one nest per action,
 * typed by its position 1..{@code TCA_ACT_MAX_PRIO}.
 *
 * <pre>
 * tc_gen (head of every parms): index(0) capab(4) action(8) refcnt(12) bindcnt(16)  = 20 (tc_gact)
 * tc_mirred:  tc_gen(0) eaction(20) ifindex(24)                                      = 28
 * tc_police:  index(0) action(4) limit(8) burst(12) mtu(16) rate(20) peakrate(32)
 *             refcnt(44) bindcnt(48) capab(52)                                       = 56
 * </pre>
 */
public final class ActAttrs {
    /** {@code TCA_ACT_KIND}. */
    public static final int TCA_ACT_KIND = 1;
    /** {@code TCA_ACT_OPTIONS}. */
    public static final int TCA_ACT_OPTIONS = 2;
    /** {@code TCA_ACT_INDEX}. */
    public static final int TCA_ACT_INDEX = 3;
    /** {@code TCA_ACT_STATS}. */
    public static final int TCA_ACT_STATS = 4;
    /** {@code TCA_ACT_MAX_PRIO 32}. */
    public static final int TCA_ACT_MAX_PRIO = 32;

    /** {@code TC_ACT_OK 0} ({@code pass}). */
    public static final int TC_ACT_OK = 0;
    /** {@code TC_ACT_RECLASSIFY 1}. */
    public static final int TC_ACT_RECLASSIFY = 1;
    /** {@code TC_ACT_SHOT 2} ({@code drop}). */
    public static final int TC_ACT_SHOT = 2;
    /** {@code TC_ACT_PIPE 3}. */
    public static final int TC_ACT_PIPE = 3;
    /** {@code TC_ACT_STOLEN 4}. */
    public static final int TC_ACT_STOLEN = 4;
    /** {@code TC_ACT_UNSPEC (-1)} ({@code continue}). */
    public static final int TC_ACT_UNSPEC = -1;

    /** {@code sizeof(struct tc_gact)} = {@code tc_gen}. */
    public static final int GEN_LENGTH = 20;
    /** {@code tc_gen.action}. */
    public static final int GEN_ACTION_OFFSET = 8;
    /** {@code TCA_GACT_PARMS}. */
    public static final int TCA_GACT_PARMS = 2;

    /** {@code TCA_MIRRED_PARMS}. */
    public static final int TCA_MIRRED_PARMS = 2;
    /** {@code sizeof(struct tc_mirred)}. */
    public static final int MIRRED_LENGTH = 28;
    /** {@code tc_mirred.eaction}. */
    public static final int MIRRED_EACTION_OFFSET = 20;
    /** {@code tc_mirred.ifindex}. */
    public static final int MIRRED_IFINDEX_OFFSET = 24;
    /** {@code TCA_EGRESS_REDIR 1}. */
    public static final int TCA_EGRESS_REDIR = 1;
    /** {@code TCA_EGRESS_MIRROR 2}. */
    public static final int TCA_EGRESS_MIRROR = 2;
    /** {@code TCA_INGRESS_REDIR 3}. */
    public static final int TCA_INGRESS_REDIR = 3;
    /** {@code TCA_INGRESS_MIRROR 4}. */
    public static final int TCA_INGRESS_MIRROR = 4;

    /** {@code TCA_POLICE_TBF}: {@code struct tc_police}. */
    public static final int TCA_POLICE_TBF = 1;
    /** {@code TCA_POLICE_RATE}: rate table. */
    public static final int TCA_POLICE_RATE = 2;
    /** {@code TCA_POLICE_RESULT}: u32 conform verdict. */
    public static final int TCA_POLICE_RESULT = 5;
    /** {@code TCA_POLICE_RATE64}. */
    public static final int TCA_POLICE_RATE64 = 8;
    /** {@code sizeof(struct tc_police)}. */
    public static final int POLICE_LENGTH = 56;
    /** {@code tc_police.action}. */
    public static final int POLICE_ACTION_OFFSET = 4;
    /** {@code tc_police.limit}. */
    public static final int POLICE_LIMIT_OFFSET = 8;
    /** {@code tc_police.burst} (ticks). */
    public static final int POLICE_BURST_OFFSET = 12;
    /** {@code tc_police.mtu}. */
    public static final int POLICE_MTU_OFFSET = 16;
    /** {@code tc_police.rate}. */
    public static final int POLICE_RATE_OFFSET = 20;

    private ActAttrs() {
    }
}
