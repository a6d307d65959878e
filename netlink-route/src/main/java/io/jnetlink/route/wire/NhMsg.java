package io.jnetlink.route.wire;

/**
 * {@code struct nhmsg} from {@code <linux/nexthop.h>} and the nexthop message types.
 *
 * <pre>
 *  0        1        2        3        4                 8
 *  +--------+--------+--------+--------+-----------------+
 *  | family | scope  |protocol| resvd  | flags (u32)     |   flags: RTNH_F_*
 *  +--------+--------+--------+--------+-----------------+
 * </pre>
 */
public final class NhMsg {
    /** {@code sizeof(struct nhmsg)}. */
    public static final int LENGTH = 8;
    /** {@code nh_family}. */
    public static final int FAMILY_OFFSET = 0;
    /** {@code nh_scope}. */
    public static final int SCOPE_OFFSET = 1;
    /** {@code nh_protocol}. */
    public static final int PROTOCOL_OFFSET = 2;
    /** {@code nh_flags}. */
    public static final int FLAGS_OFFSET = 4;

    /** {@code RTM_NEWNEXTHOP} = 104. */
    public static final int RTM_NEWNEXTHOP = 104;
    /** {@code RTM_DELNEXTHOP} = 105. */
    public static final int RTM_DELNEXTHOP = 105;
    /** {@code RTM_GETNEXTHOP} = 106. */
    public static final int RTM_GETNEXTHOP = 106;
    /** {@code RTNLGRP_NEXTHOP} = 32. */
    public static final int RTNLGRP_NEXTHOP = 32;

    // nhmsg.nh_flags carries the RTNH_F_* flags of rtnetlink.h: their one home is RtMsg

    private NhMsg() {
    }
}
