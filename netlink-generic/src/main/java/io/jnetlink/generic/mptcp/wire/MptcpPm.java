package io.jnetlink.generic.mptcp.wire;

/** The MPTCP path manager's generic netlink constants ({@code <linux/mptcp.h>}). */
public final class MptcpPm {
    /** {@code MPTCP_PM_NAME}. */
    public static final String MPTCP_PM_NAME = "mptcp_pm";
    /** {@code MPTCP_PM_VER}. */
    public static final int MPTCP_PM_VER = 1;

    /** {@code MPTCP_PM_CMD_ADD_ADDR}. */
    public static final int MPTCP_PM_CMD_ADD_ADDR = 1;
    /** {@code MPTCP_PM_CMD_DEL_ADDR}. */
    public static final int MPTCP_PM_CMD_DEL_ADDR = 2;
    /** {@code MPTCP_PM_CMD_GET_ADDR}. */
    public static final int MPTCP_PM_CMD_GET_ADDR = 3;
    /** {@code MPTCP_PM_CMD_FLUSH_ADDRS}. */
    public static final int MPTCP_PM_CMD_FLUSH_ADDRS = 4;
    /** {@code MPTCP_PM_CMD_SET_LIMITS}. */
    public static final int MPTCP_PM_CMD_SET_LIMITS = 5;
    /** {@code MPTCP_PM_CMD_GET_LIMITS}. */
    public static final int MPTCP_PM_CMD_GET_LIMITS = 6;

    /** {@code MPTCP_PM_ATTR_ADDR} (nest of {@code MPTCP_PM_ADDR_ATTR_*}). */
    public static final int MPTCP_PM_ATTR_ADDR = 1;
    /** {@code MPTCP_PM_ATTR_RCV_ADD_ADDRS} (u32). */
    public static final int MPTCP_PM_ATTR_RCV_ADD_ADDRS = 2;
    /** {@code MPTCP_PM_ATTR_SUBFLOWS} (u32). */
    public static final int MPTCP_PM_ATTR_SUBFLOWS = 3;

    /** {@code MPTCP_PM_ADDR_ATTR_FAMILY} (u16). */
    public static final int MPTCP_PM_ADDR_ATTR_FAMILY = 1;
    /** {@code MPTCP_PM_ADDR_ATTR_ID} (u8). */
    public static final int MPTCP_PM_ADDR_ATTR_ID = 2;
    /** {@code MPTCP_PM_ADDR_ATTR_ADDR4} (struct in_addr). */
    public static final int MPTCP_PM_ADDR_ATTR_ADDR4 = 3;
    /** {@code MPTCP_PM_ADDR_ATTR_ADDR6} (struct in6_addr). */
    public static final int MPTCP_PM_ADDR_ATTR_ADDR6 = 4;
    /** {@code MPTCP_PM_ADDR_ATTR_PORT} (u16, host order). */
    public static final int MPTCP_PM_ADDR_ATTR_PORT = 5;
    /** {@code MPTCP_PM_ADDR_ATTR_FLAGS} (u32). */
    public static final int MPTCP_PM_ADDR_ATTR_FLAGS = 6;
    /** {@code MPTCP_PM_ADDR_ATTR_IF_IDX} (s32). */
    public static final int MPTCP_PM_ADDR_ATTR_IF_IDX = 7;

    /** {@code MPTCP_PM_ADDR_FLAG_SIGNAL}. */
    public static final int MPTCP_PM_ADDR_FLAG_SIGNAL = 1;
    /** {@code MPTCP_PM_ADDR_FLAG_SUBFLOW}. */
    public static final int MPTCP_PM_ADDR_FLAG_SUBFLOW = 1 << 1;
    /** {@code MPTCP_PM_ADDR_FLAG_BACKUP}. */
    public static final int MPTCP_PM_ADDR_FLAG_BACKUP = 1 << 2;
    /** {@code MPTCP_PM_ADDR_FLAG_FULLMESH}. */
    public static final int MPTCP_PM_ADDR_FLAG_FULLMESH = 1 << 3;
    /** {@code MPTCP_PM_ADDR_FLAG_IMPLICIT}. */
    public static final int MPTCP_PM_ADDR_FLAG_IMPLICIT = 1 << 4;

    /** {@code AF_INET}. */
    public static final int AF_INET = 2;
    /** {@code AF_INET6}. */
    public static final int AF_INET6 = 10;

    private MptcpPm() {
    }
}
