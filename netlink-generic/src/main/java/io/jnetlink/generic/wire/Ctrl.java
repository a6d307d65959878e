package io.jnetlink.generic.wire;

/** The {@code nlctrl} family's constants ({@code <linux/genetlink.h>}). */
public final class Ctrl {
    /** {@code GENL_ID_CTRL = NLMSG_MIN_TYPE}: nlctrl's fixed family id. */
    public static final int GENL_ID_CTRL = 0x10;
    /** {@code GENL_NAMSIZ}: family names are at most 15 bytes and a NUL. */
    public static final int GENL_NAMSIZ = 16;
    /** {@code GENL_MAX_ID}. */
    public static final int GENL_MAX_ID = 1023;

    /** {@code CTRL_CMD_NEWFAMILY}. */
    public static final int CTRL_CMD_NEWFAMILY = 1;
    /** {@code CTRL_CMD_DELFAMILY}. */
    public static final int CTRL_CMD_DELFAMILY = 2;
    /** {@code CTRL_CMD_GETFAMILY}. */
    public static final int CTRL_CMD_GETFAMILY = 3;
    /** {@code CTRL_CMD_NEWMCAST_GRP}. */
    public static final int CTRL_CMD_NEWMCAST_GRP = 7;
    /** {@code CTRL_CMD_DELMCAST_GRP}. */
    public static final int CTRL_CMD_DELMCAST_GRP = 8;
    /** The version nlctrl speaks ({@code genl ctrl} sends 2, like the kernel's {@code genl_ctrl.version}). */
    public static final int CTRL_VERSION = 2;

    /** {@code CTRL_ATTR_FAMILY_ID} (u16). */
    public static final int CTRL_ATTR_FAMILY_ID = 1;
    /** {@code CTRL_ATTR_FAMILY_NAME} (string). */
    public static final int CTRL_ATTR_FAMILY_NAME = 2;
    /** {@code CTRL_ATTR_VERSION} (u32). */
    public static final int CTRL_ATTR_VERSION = 3;
    /** {@code CTRL_ATTR_HDRSIZE} (u32). */
    public static final int CTRL_ATTR_HDRSIZE = 4;
    /** {@code CTRL_ATTR_MAXATTR} (u32). */
    public static final int CTRL_ATTR_MAXATTR = 5;
    /** {@code CTRL_ATTR_OPS} (nest of nests of {@code CTRL_ATTR_OP_*}). */
    public static final int CTRL_ATTR_OPS = 6;
    /** {@code CTRL_ATTR_MCAST_GROUPS} (nest of nests of {@code CTRL_ATTR_MCAST_GRP_*}). */
    public static final int CTRL_ATTR_MCAST_GROUPS = 7;

    /** {@code CTRL_ATTR_OP_ID} (u32). */
    public static final int CTRL_ATTR_OP_ID = 1;
    /** {@code CTRL_ATTR_OP_FLAGS} (u32, {@code GENL_*} capabilities). */
    public static final int CTRL_ATTR_OP_FLAGS = 2;

    /** {@code CTRL_ATTR_MCAST_GRP_NAME} (string). */
    public static final int CTRL_ATTR_MCAST_GRP_NAME = 1;
    /** {@code CTRL_ATTR_MCAST_GRP_ID} (u32). */
    public static final int CTRL_ATTR_MCAST_GRP_ID = 2;

    /** {@code GENL_ADMIN_PERM}. */
    public static final int GENL_ADMIN_PERM = 0x01;
    /** {@code GENL_CMD_CAP_DO}. */
    public static final int GENL_CMD_CAP_DO = 0x02;
    /** {@code GENL_CMD_CAP_DUMP}. */
    public static final int GENL_CMD_CAP_DUMP = 0x04;
    /** {@code GENL_CMD_CAP_HASPOL}. */
    public static final int GENL_CMD_CAP_HASPOL = 0x08;
    /** {@code GENL_UNS_ADMIN_PERM}. */
    public static final int GENL_UNS_ADMIN_PERM = 0x10;

    private Ctrl() {
    }
}
