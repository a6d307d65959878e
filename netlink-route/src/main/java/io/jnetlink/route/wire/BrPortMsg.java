package io.jnetlink.route.wire;

/**
 * {@code struct br_port_msg} from {@code <linux/if_bridge.h>}: the header of MDB messages.
 *
 * <pre>
 *  0        1                 4                 8
 *  +--------+--------+--------+-----------------+
 *  | family | pad (3 bytes)    | ifindex (u32)   |   ifindex: the bridge
 *  +--------+--------+--------+-----------------+
 * </pre>
 */
public final class BrPortMsg {
    /** {@code sizeof(struct br_port_msg)}. */
    public static final int LENGTH = 8;
    /** {@code family}. */
    public static final int FAMILY_OFFSET = 0;
    /** {@code ifindex}. */
    public static final int IFINDEX_OFFSET = 4;

    /** {@code RTM_NEWMDB} = 84. */
    public static final int RTM_NEWMDB = 84;
    /** {@code RTM_DELMDB} = 85. */
    public static final int RTM_DELMDB = 85;
    /** {@code RTM_GETMDB} = 86. */
    public static final int RTM_GETMDB = 86;
    /** {@code RTNLGRP_MDB} = 26. */
    public static final int RTNLGRP_MDB = 26;

    private BrPortMsg() {
    }
}
