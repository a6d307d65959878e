package io.jnetlink.diag.wire;

/**
 * Layout of {@code struct inet_diag_msg} ({@code <linux/inet_diag.h>}), the fixed header of every
 * inet socket in a {@code SOCK_DIAG_BY_FAMILY} reply, and the {@code INET_DIAG_*} reply attributes.
 *
 * <pre>
 * +----------------+---------------+---------------+-----------------+
 * | idiag_family   | idiag_state   | idiag_timer   | idiag_retrans   |  0
 * +----------------+---------------+---------------+-----------------+
 * |               struct inet_diag_sockid id (48 bytes)              |  4
 * +------------------------------------------------------------------+
 * |                       idiag_expires (u32)                        | 52
 * |                       idiag_rqueue (u32)                         | 56
 * |                       idiag_wqueue (u32)                         | 60
 * |                       idiag_uid (u32)                            | 64
 * |                       idiag_inode (u32)                          | 68
 * +------------------------------------------------------------------+
 * </pre>
 */
public final class InetDiagMsg {
    /** {@code sizeof(struct inet_diag_msg)}. */
    public static final int LENGTH = 72;
    /** Offset of {@code idiag_family}. */
    public static final int FAMILY_OFFSET = 0;
    /** Offset of {@code idiag_state}. */
    public static final int STATE_OFFSET = 1;
    /** Offset of {@code idiag_timer}. */
    public static final int TIMER_OFFSET = 2;
    /** Offset of {@code idiag_retrans}. */
    public static final int RETRANS_OFFSET = 3;
    /** Offset of {@code id}. */
    public static final int ID_OFFSET = 4;
    /** Offset of {@code idiag_expires} (milliseconds). */
    public static final int EXPIRES_OFFSET = 52;
    /** Offset of {@code idiag_rqueue}. */
    public static final int RQUEUE_OFFSET = 56;
    /** Offset of {@code idiag_wqueue}. */
    public static final int WQUEUE_OFFSET = 60;
    /** Offset of {@code idiag_uid}. */
    public static final int UID_OFFSET = 64;
    /** Offset of {@code idiag_inode}. */
    public static final int INODE_OFFSET = 68;

    /** {@code INET_DIAG_MEMINFO}: {@code struct inet_diag_meminfo}. */
    public static final int INET_DIAG_MEMINFO = 1;
    /** {@code INET_DIAG_INFO}: {@code struct tcp_info} for TCP. */
    public static final int INET_DIAG_INFO = 2;
    /** {@code INET_DIAG_VEGASINFO}. */
    public static final int INET_DIAG_VEGASINFO = 3;
    /** {@code INET_DIAG_CONG}: the congestion control algorithm's name, NUL-terminated. */
    public static final int INET_DIAG_CONG = 4;
    /** {@code INET_DIAG_TOS}: u8. */
    public static final int INET_DIAG_TOS = 5;
    /** {@code INET_DIAG_TCLASS}: u8. */
    public static final int INET_DIAG_TCLASS = 6;
    /** {@code INET_DIAG_SKMEMINFO}: {@code u32[SK_MEMINFO_VARS]}. */
    public static final int INET_DIAG_SKMEMINFO = 7;
    /** {@code INET_DIAG_SHUTDOWN}: u8, {@code sk_shutdown}. */
    public static final int INET_DIAG_SHUTDOWN = 8;
    /** {@code INET_DIAG_PROTOCOL}: u8, response only. */
    public static final int INET_DIAG_PROTOCOL = 10;
    /** {@code INET_DIAG_SKV6ONLY}: u8. */
    public static final int INET_DIAG_SKV6ONLY = 11;
    /** {@code INET_DIAG_MARK}: u32, only with {@code CAP_NET_ADMIN}. */
    public static final int INET_DIAG_MARK = 15;
    /** {@code INET_DIAG_BBRINFO}. */
    public static final int INET_DIAG_BBRINFO = 16;
    /** {@code INET_DIAG_CLASS_ID}: u32. */
    public static final int INET_DIAG_CLASS_ID = 17;
    /** {@code INET_DIAG_CGROUP_ID}: u64. */
    public static final int INET_DIAG_CGROUP_ID = 21;

    private InetDiagMsg() {
    }
}
