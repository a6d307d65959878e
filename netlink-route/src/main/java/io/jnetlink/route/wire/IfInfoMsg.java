package io.jnetlink.route.wire;

/**
 * Layout of {@code struct ifinfomsg}, the fixed header of link messages ({@code RTM_*LINK}).
 *
 * <pre>
 * +---------------+---------------+-------------------------------+
 * | ifi_family u8 | pad u8        |        ifi_type (u16)         |  0
 * +---------------+---------------+-------------------------------+
 * |                       ifi_index (s32)                         |  4
 * +---------------------------------------------------------------+
 * |                       ifi_flags (u32)                         |  8
 * +---------------------------------------------------------------+
 * |                       ifi_change (u32)                        | 12
 * +---------------------------------------------------------------+
 * </pre>
 * Its attributes ({@code IFLA_*}) are in {@link IfLink}; {@link IfInfoMsgEncoder} writes it.
 */
public final class IfInfoMsg {
    /** Length of the fixed header in bytes. */
    public static final int LENGTH = 16;
    /** Byte offset of the {@code family} field. */
    public static final int FAMILY_OFFSET = 0;
    /** Byte offset of the {@code type} field. */
    public static final int TYPE_OFFSET = 2;
    /** Byte offset of the {@code index} field. */
    public static final int INDEX_OFFSET = 4;
    /** Byte offset of the {@code flags} field. */
    public static final int FLAGS_OFFSET = 8;
    /** Byte offset of the {@code change} field. */
    public static final int CHANGE_OFFSET = 12;

    private IfInfoMsg() {
    }
}
