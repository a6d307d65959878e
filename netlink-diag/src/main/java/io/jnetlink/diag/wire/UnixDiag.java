package io.jnetlink.diag.wire;

/**
 * Layouts of {@code struct unix_diag_req} and {@code struct unix_diag_msg} and the
 * {@code UDIAG_SHOW_*} flags and {@code UNIX_DIAG_*} attributes ({@code <linux/unix_diag.h>}).
 *
 * <pre>
 * unix_diag_req (24 bytes):                       unix_diag_msg (16 bytes):
 * +--------+----------+---------+                 +--------+------+-------+-----+
 * | family | protocol | pad u16 |  0              | family | type | state | pad |  0
 * | udiag_states (u32)          |  4              | udiag_ino (u32)             |  4
 * | udiag_ino (u32)             |  8              | udiag_cookie (u32[2])       |  8
 * | udiag_show (u32)            | 12              +-----------------------------+
 * | udiag_cookie (u32[2])       | 16
 * +-----------------------------+
 * </pre>
 */
public final class UnixDiag {
    /** {@code sizeof(struct unix_diag_req)}. */
    public static final int REQ_LENGTH = 24;
    /** Offset of {@code sdiag_family}. */
    public static final int REQ_FAMILY_OFFSET = 0;
    /** Offset of {@code udiag_states}. */
    public static final int REQ_STATES_OFFSET = 4;
    /** Offset of {@code udiag_ino}. */
    public static final int REQ_INO_OFFSET = 8;
    /** Offset of {@code udiag_show}. */
    public static final int REQ_SHOW_OFFSET = 12;
    /** Offset of {@code udiag_cookie}. */
    public static final int REQ_COOKIE_OFFSET = 16;

    /** {@code sizeof(struct unix_diag_msg)}. */
    public static final int MSG_LENGTH = 16;
    /** Offset of {@code udiag_family}. */
    public static final int MSG_FAMILY_OFFSET = 0;
    /** Offset of {@code udiag_type} ({@code SOCK_STREAM}, {@code SOCK_DGRAM}, {@code SOCK_SEQPACKET}). */
    public static final int MSG_TYPE_OFFSET = 1;
    /** Offset of {@code udiag_state} ({@code TCP_LISTEN}, {@code TCP_ESTABLISHED}, {@code TCP_CLOSE}). */
    public static final int MSG_STATE_OFFSET = 2;
    /** Offset of {@code udiag_ino}. */
    public static final int MSG_INO_OFFSET = 4;
    /** Offset of {@code udiag_cookie}. */
    public static final int MSG_COOKIE_OFFSET = 8;

    /** {@code UDIAG_SHOW_NAME 0x00000001}: show name (not path). */
    public static final int UDIAG_SHOW_NAME = 0x01;
    /** {@code UDIAG_SHOW_VFS 0x00000002}: show VFS inode info. */
    public static final int UDIAG_SHOW_VFS = 0x02;
    /** {@code UDIAG_SHOW_PEER 0x00000004}: show peer socket info. */
    public static final int UDIAG_SHOW_PEER = 0x04;
    /** {@code UDIAG_SHOW_ICONS 0x00000008}: show pending connections. */
    public static final int UDIAG_SHOW_ICONS = 0x08;
    /** {@code UDIAG_SHOW_RQLEN 0x00000010}: show skb receive queue len. */
    public static final int UDIAG_SHOW_RQLEN = 0x10;
    /** {@code UDIAG_SHOW_MEMINFO 0x00000020}: show memory info of a socket. */
    public static final int UDIAG_SHOW_MEMINFO = 0x20;
    /** {@code UDIAG_SHOW_UID 0x00000040}: show socket's UID. */
    public static final int UDIAG_SHOW_UID = 0x40;

    /** {@code UNIX_DIAG_NAME}: the {@code sun_path} bytes; an abstract name starts with NUL. */
    public static final int UNIX_DIAG_NAME = 0;
    /** {@code UNIX_DIAG_VFS}: {@code struct unix_diag_vfs} (inode u32, dev u32). */
    public static final int UNIX_DIAG_VFS = 1;
    /** {@code UNIX_DIAG_PEER}: u32, the peer's inode. */
    public static final int UNIX_DIAG_PEER = 2;
    /** {@code UNIX_DIAG_ICONS}: u32[], inodes of connections waiting in a listener's queue. */
    public static final int UNIX_DIAG_ICONS = 3;
    /** {@code UNIX_DIAG_RQLEN}: {@code struct unix_diag_rqlen} (rqueue u32, wqueue u32). */
    public static final int UNIX_DIAG_RQLEN = 4;
    /** {@code UNIX_DIAG_MEMINFO}: {@code u32[SK_MEMINFO_VARS]}. */
    public static final int UNIX_DIAG_MEMINFO = 5;
    /** {@code UNIX_DIAG_SHUTDOWN}: u8. */
    public static final int UNIX_DIAG_SHUTDOWN = 6;
    /** {@code UNIX_DIAG_UID}: u32. */
    public static final int UNIX_DIAG_UID = 7;

    private UnixDiag() {
    }
}
