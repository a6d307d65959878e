package io.jnetlink.route.wire;

/**
 * {@code struct ndmsg} as bridge forwarding-database messages use it ({@code ndm_family = AF_BRIDGE}),
 * from {@code <linux/neighbour.h>}, and the message types that carry it.
 *
 * <pre>
 *  0        1        2        4                8        10       11       12
 *  +--------+--------+--------+----------------+--------+--------+--------+
 *  | family | pad1   | pad2   | ifindex (s32)  | state  | flags  | type   |
 *  +--------+--------+--------+----------------+--------+--------+--------+
 * </pre>
 */
public final class FdbMsg {
    /** {@code sizeof(struct ndmsg)}. */
    public static final int LENGTH = 12;
    /** {@code ndm_family}. */
    public static final int FAMILY_OFFSET = 0;
    /** {@code ndm_ifindex}. */
    public static final int IFINDEX_OFFSET = 4;
    /** {@code ndm_state} (u16, {@code NUD_*}). */
    public static final int STATE_OFFSET = 8;
    /** {@code ndm_flags} (u8, {@code NTF_*}). */
    public static final int FLAGS_OFFSET = 10;
    /** {@code ndm_type}. */
    public static final int TYPE_OFFSET = 11;

    /** {@code AF_BRIDGE} ({@code PF_BRIDGE}) = 7, {@code <linux/socket.h>}. */
    public static final int AF_BRIDGE = 7;
    /** {@code RTM_NEWNEIGH} = 28. */
    public static final int RTM_NEWNEIGH = 28;
    /** {@code RTM_DELNEIGH} = 29. */
    public static final int RTM_DELNEIGH = 29;
    /** {@code RTM_GETNEIGH} = 30. */
    public static final int RTM_GETNEIGH = 30;
    /** {@code RTNLGRP_NEIGH} = 3: neighbour and FDB notifications. */
    public static final int RTNLGRP_NEIGH = 3;

    private FdbMsg() {
    }
}
