package io.jnetlink.generic.wire;

/**
 * Layout of {@code struct genlmsghdr} ({@code <linux/genetlink.h>}), the 4-byte header after
 * {@code nlmsghdr} in every generic netlink message; {@code nlmsg_type} is the family id.
 *
 * <pre>
 *  0               1               2               3
 * +---------------+---------------+-------------------------------+
 * |   cmd (u8)    | version (u8)  |        reserved (u16)         |  0
 * +---------------+---------------+-------------------------------+
 * </pre>
 */
public final class GenlMsgHeader {
    /** {@code GENL_HDRLEN = NLMSG_ALIGN(sizeof(struct genlmsghdr))}. */
    public static final int LENGTH = 4;
    /** Offset of {@code cmd}. */
    public static final int CMD_OFFSET = 0;
    /** Offset of {@code version}. */
    public static final int VERSION_OFFSET = 1;
    /** Offset of {@code reserved} (written 0). */
    public static final int RESERVED_OFFSET = 2;

    private GenlMsgHeader() {
    }
}
