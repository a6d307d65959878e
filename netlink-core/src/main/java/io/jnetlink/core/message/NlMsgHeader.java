package io.jnetlink.core.message;

/**
 * Layout of {@code struct nlmsghdr}, the 16-byte header in front of every netlink message
 * (host byte order).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     nlmsg_len (u32)                           |  0
 * +-------------------------------+-------------------------------+
 * |        nlmsg_type (u16)       |       nlmsg_flags (u16)       |  4
 * +-------------------------------+-------------------------------+
 * |                     nlmsg_seq (u32)                           |  8
 * +---------------------------------------------------------------+
 * |                     nlmsg_pid (u32)                           | 12
 * +---------------------------------------------------------------+
 * </pre>
 */
public final class NlMsgHeader {
    /** {@code NLMSG_HDRLEN}. */
    public static final int LENGTH = 16;
    /** Offset of {@code nlmsg_len} (u32: header and payload). */
    public static final int LENGTH_OFFSET = 0;
    /** Offset of {@code nlmsg_type} (u16). */
    public static final int TYPE_OFFSET = 4;
    /** Offset of {@code nlmsg_flags} (u16). */
    public static final int FLAGS_OFFSET = 6;
    /** Offset of {@code nlmsg_seq} (u32). */
    public static final int SEQ_OFFSET = 8;
    /** Offset of {@code nlmsg_pid} (u32, the port id). */
    public static final int PORT_ID_OFFSET = 12;

    /** {@code NLMSG_ALIGNTO}. */
    public static final int ALIGNMENT = 4;

    private NlMsgHeader() {
    }

    /**
     * {@code NLMSG_ALIGN(len) = ((len)+3) & ~3}.
     *
     * @param length number of bytes
     * @return {@code len} rounded up to a multiple of 4 ({@code NLMSG_ALIGN})
     */
    public static int align(int length) {
        return (length + ALIGNMENT - 1) & ~(ALIGNMENT - 1);
    }
}
