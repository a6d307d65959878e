package io.jnetlink.route.wire;

/**
 * Nexthop attributes ({@code NHA_*}) and {@code struct nexthop_grp} from {@code <linux/nexthop.h>}.
 *
 * <pre>
 *  0                 4        5        6                 8
 *  +-----------------+--------+--------+-----------------+
 *  | id (u32)        | weight | resvd1 | resvd2 (u16)    |   weight: the weight minus 1
 *  +-----------------+--------+--------+-----------------+
 * </pre>
 */
public final class NhaAttrs {
    /** {@code NHA_ID} (u32). */
    public static final int NHA_ID = 1;
    /** {@code NHA_GROUP}: an array of {@code struct nexthop_grp}. */
    public static final int NHA_GROUP = 2;
    /** {@code NHA_GROUP_TYPE} (u16, {@code NEXTHOP_GRP_TYPE_*}). */
    public static final int NHA_GROUP_TYPE = 3;
    /** {@code NHA_BLACKHOLE} (flag). */
    public static final int NHA_BLACKHOLE = 4;
    /** {@code NHA_OIF} (u32). */
    public static final int NHA_OIF = 5;
    /** {@code NHA_GATEWAY} (be32 or in6_addr). */
    public static final int NHA_GATEWAY = 6;
    /** {@code NHA_ENCAP_TYPE} (u16, {@code LWTUNNEL_ENCAP_*}). */
    public static final int NHA_ENCAP_TYPE = 7;
    /** {@code NHA_ENCAP} (nested, per encap type). */
    public static final int NHA_ENCAP = 8;
    /** {@code NHA_GROUPS} (flag): dump only groups. */
    public static final int NHA_GROUPS = 9;
    /** {@code NHA_MASTER} (u32): dump only nexthops of this VRF. */
    public static final int NHA_MASTER = 10;
    /** {@code NHA_FDB} (flag): the nexthop is for the bridge FDB. */
    public static final int NHA_FDB = 11;
    /** {@code NHA_RES_GROUP} (nested, {@code NHA_RES_GROUP_*}). */
    public static final int NHA_RES_GROUP = 12;

    /** {@code NHA_RES_GROUP_BUCKETS} (u16). */
    public static final int NHA_RES_GROUP_BUCKETS = 1;
    /** {@code NHA_RES_GROUP_IDLE_TIMER} (u32, clock_t). */
    public static final int NHA_RES_GROUP_IDLE_TIMER = 2;
    /** {@code NHA_RES_GROUP_UNBALANCED_TIMER} (u32, clock_t). */
    public static final int NHA_RES_GROUP_UNBALANCED_TIMER = 3;
    /** {@code NHA_RES_GROUP_UNBALANCED_TIME} (u64, clock_t). */
    public static final int NHA_RES_GROUP_UNBALANCED_TIME = 4;

    /** {@code NEXTHOP_GRP_TYPE_MPATH}. */
    public static final int NEXTHOP_GRP_TYPE_MPATH = 0;
    /** {@code NEXTHOP_GRP_TYPE_RES}. */
    public static final int NEXTHOP_GRP_TYPE_RES = 1;

    /** {@code sizeof(struct nexthop_grp)}. */
    public static final int GRP_LENGTH = 8;
    /** {@code id}. */
    public static final int GRP_ID_OFFSET = 0;
    /** {@code weight}. */
    public static final int GRP_WEIGHT_OFFSET = 4;

    /** {@code USER_HZ}: the clock_t unit of the timers (iproute2 multiplies seconds by 100). */
    public static final int USER_HZ = 100;

    private NhaAttrs() {
    }
}
