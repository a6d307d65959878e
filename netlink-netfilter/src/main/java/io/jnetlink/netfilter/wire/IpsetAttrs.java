package io.jnetlink.netfilter.wire;

/**
 * ipset over nfnetlink: the constants of {@code linux/netfilter/ipset/ip_set.h} and
 * {@code linux/netfilter/nfnetlink.h}, each named after its macro. Every ipset message is
 * {@code nlmsghdr} + {@code nfgenmsg} (4 bytes) + attributes; the payload of elements and of the
 * create-time header sits in one nested {@code IPSET_ATTR_DATA}, a dump's elements in
 * {@code IPSET_ATTR_ADT} (a list of nested {@code IPSET_ATTR_DATA}).
 */
public final class IpsetAttrs {
    private IpsetAttrs() {
    }

    /** {@code NFNL_SUBSYS_IPSET} (nfnetlink.h): the high byte of every ipset {@code nlmsg_type}. */
    public static final int NFNL_SUBSYS_IPSET = 6;

    /** {@code IPSET_PROTOCOL}: the protocol version this library (and ipset 7.x) speaks. */
    public static final int IPSET_PROTOCOL = 7;
    /** {@code IPSET_PROTOCOL_MIN}: the oldest protocol version whose messages are the same. */
    public static final int IPSET_PROTOCOL_MIN = 6;
    /** {@code IPSET_MAXNAMELEN}: set and type names, NUL included. */
    public static final int IPSET_MAXNAMELEN = 32;
    /** {@code IPSET_MAX_COMMENT_SIZE}: comment bytes, NUL excluded. */
    public static final int IPSET_MAX_COMMENT_SIZE = 255;

    // enum ipset_cmd
    /** {@code IPSET_CMD_PROTOCOL}. */
    public static final int IPSET_CMD_PROTOCOL = 1;
    /** {@code IPSET_CMD_CREATE}. */
    public static final int IPSET_CMD_CREATE = 2;
    /** {@code IPSET_CMD_DESTROY}. */
    public static final int IPSET_CMD_DESTROY = 3;
    /** {@code IPSET_CMD_FLUSH}. */
    public static final int IPSET_CMD_FLUSH = 4;
    /** {@code IPSET_CMD_RENAME}. */
    public static final int IPSET_CMD_RENAME = 5;
    /** {@code IPSET_CMD_SWAP}. */
    public static final int IPSET_CMD_SWAP = 6;
    /** {@code IPSET_CMD_LIST}. */
    public static final int IPSET_CMD_LIST = 7;
    /** {@code IPSET_CMD_SAVE}. */
    public static final int IPSET_CMD_SAVE = 8;
    /** {@code IPSET_CMD_ADD}. */
    public static final int IPSET_CMD_ADD = 9;
    /** {@code IPSET_CMD_DEL}. */
    public static final int IPSET_CMD_DEL = 10;
    /** {@code IPSET_CMD_TEST}. */
    public static final int IPSET_CMD_TEST = 11;
    /** {@code IPSET_CMD_HEADER}. */
    public static final int IPSET_CMD_HEADER = 12;
    /** {@code IPSET_CMD_TYPE}. */
    public static final int IPSET_CMD_TYPE = 13;
    /** {@code IPSET_MSG_MAX}: commands below it are netlink messages. */
    public static final int IPSET_MSG_MAX = 16;

    // command-level attributes
    /** {@code IPSET_ATTR_PROTOCOL} (u8). */
    public static final int IPSET_ATTR_PROTOCOL = 1;
    /** {@code IPSET_ATTR_SETNAME} (string). */
    public static final int IPSET_ATTR_SETNAME = 2;
    /** {@code IPSET_ATTR_TYPENAME} (string). */
    public static final int IPSET_ATTR_TYPENAME = 3;
    /** {@code IPSET_ATTR_SETNAME2 = IPSET_ATTR_TYPENAME}: the second name of rename/swap. */
    public static final int IPSET_ATTR_SETNAME2 = 3;
    /** {@code IPSET_ATTR_REVISION} (u8). */
    public static final int IPSET_ATTR_REVISION = 4;
    /** {@code IPSET_ATTR_FAMILY} (u8, {@code NFPROTO_*}). */
    public static final int IPSET_ATTR_FAMILY = 5;
    /** {@code IPSET_ATTR_FLAGS} (be32, {@code enum ipset_cmd_flags}). */
    public static final int IPSET_ATTR_FLAGS = 6;
    /** {@code IPSET_ATTR_DATA} (nested). */
    public static final int IPSET_ATTR_DATA = 7;
    /** {@code IPSET_ATTR_ADT} (nested list of {@code IPSET_ATTR_DATA}). */
    public static final int IPSET_ATTR_ADT = 8;
    /** {@code IPSET_ATTR_LINENO} (be32): the restore line number; ipset sends 0. */
    public static final int IPSET_ATTR_LINENO = 9;
    /** {@code IPSET_ATTR_PROTOCOL_MIN} (u8). */
    public static final int IPSET_ATTR_PROTOCOL_MIN = 10;
    /** {@code IPSET_ATTR_REVISION_MIN = IPSET_ATTR_PROTOCOL_MIN} (u8). */
    public static final int IPSET_ATTR_REVISION_MIN = 10;
    /** {@code IPSET_ATTR_INDEX} (be16). */
    public static final int IPSET_ATTR_INDEX = 11;

    // CADT attributes (inside IPSET_ATTR_DATA)
    /** {@code IPSET_ATTR_IP} (nested {@code IPSET_ATTR_IPADDR_*}). */
    public static final int IPSET_ATTR_IP = 1;
    /** {@code IPSET_ATTR_IP_TO}. */
    public static final int IPSET_ATTR_IP_TO = 2;
    /** {@code IPSET_ATTR_CIDR} (u8). */
    public static final int IPSET_ATTR_CIDR = 3;
    /** {@code IPSET_ATTR_PORT} (be16). */
    public static final int IPSET_ATTR_PORT = 4;
    /** {@code IPSET_ATTR_PORT_FROM = IPSET_ATTR_PORT}. */
    public static final int IPSET_ATTR_PORT_FROM = 4;
    /** {@code IPSET_ATTR_PORT_TO} (be16). */
    public static final int IPSET_ATTR_PORT_TO = 5;
    /** {@code IPSET_ATTR_TIMEOUT} (be32 seconds). */
    public static final int IPSET_ATTR_TIMEOUT = 6;
    /** {@code IPSET_ATTR_PROTO} (u8). */
    public static final int IPSET_ATTR_PROTO = 7;
    /** {@code IPSET_ATTR_CADT_FLAGS} (be32, {@code enum ipset_cadt_flags}). */
    public static final int IPSET_ATTR_CADT_FLAGS = 8;
    /** {@code IPSET_ATTR_INITVAL} (be32). */
    public static final int IPSET_ATTR_INITVAL = 17;
    /** {@code IPSET_ATTR_HASHSIZE} (be32). */
    public static final int IPSET_ATTR_HASHSIZE = 18;
    /** {@code IPSET_ATTR_MAXELEM} (be32). */
    public static final int IPSET_ATTR_MAXELEM = 19;
    /** {@code IPSET_ATTR_NETMASK} (u8). */
    public static final int IPSET_ATTR_NETMASK = 20;
    /** {@code IPSET_ATTR_BUCKETSIZE} (u8). */
    public static final int IPSET_ATTR_BUCKETSIZE = 21;
    /** {@code IPSET_ATTR_RESIZE} (u8). */
    public static final int IPSET_ATTR_RESIZE = 22;
    /** {@code IPSET_ATTR_SIZE} (be32, list:set). */
    public static final int IPSET_ATTR_SIZE = 23;
    /** {@code IPSET_ATTR_ELEMENTS} (be32, kernel only). */
    public static final int IPSET_ATTR_ELEMENTS = 24;
    /** {@code IPSET_ATTR_REFERENCES} (be32, kernel only). */
    public static final int IPSET_ATTR_REFERENCES = 25;
    /** {@code IPSET_ATTR_MEMSIZE} (be32, kernel only). */
    public static final int IPSET_ATTR_MEMSIZE = 26;

    // ADT attributes
    /** {@code IPSET_ATTR_ETHER} (6 bytes). */
    public static final int IPSET_ATTR_ETHER = 17;
    /** {@code IPSET_ATTR_NAME} (string, list:set member). */
    public static final int IPSET_ATTR_NAME = 18;
    /** {@code IPSET_ATTR_NAMEREF} (string). */
    public static final int IPSET_ATTR_NAMEREF = 19;
    /** {@code IPSET_ATTR_IP2}. */
    public static final int IPSET_ATTR_IP2 = 20;
    /** {@code IPSET_ATTR_CIDR2}. */
    public static final int IPSET_ATTR_CIDR2 = 21;
    /** {@code IPSET_ATTR_BYTES} (be64). */
    public static final int IPSET_ATTR_BYTES = 24;
    /** {@code IPSET_ATTR_PACKETS} (be64). */
    public static final int IPSET_ATTR_PACKETS = 25;
    /** {@code IPSET_ATTR_COMMENT} (string). */
    public static final int IPSET_ATTR_COMMENT = 26;

    /** {@code IPSET_ATTR_IPADDR_IPV4} (be32). */
    public static final int IPSET_ATTR_IPADDR_IPV4 = 1;
    /** {@code IPSET_ATTR_IPADDR_IPV6} (16 bytes). */
    public static final int IPSET_ATTR_IPADDR_IPV6 = 2;

    // enum ipset_errno
    /** {@code IPSET_ERR_PRIVATE}: ipset's own errors start here. */
    public static final int IPSET_ERR_PRIVATE = 4096;
    /** {@code IPSET_ERR_PROTOCOL}. */
    public static final int IPSET_ERR_PROTOCOL = 4097;
    /** {@code IPSET_ERR_FIND_TYPE}. */
    public static final int IPSET_ERR_FIND_TYPE = 4098;
    /** {@code IPSET_ERR_MAX_SETS}. */
    public static final int IPSET_ERR_MAX_SETS = 4099;
    /** {@code IPSET_ERR_BUSY}. */
    public static final int IPSET_ERR_BUSY = 4100;
    /** {@code IPSET_ERR_EXIST_SETNAME2}. */
    public static final int IPSET_ERR_EXIST_SETNAME2 = 4101;
    /** {@code IPSET_ERR_TYPE_MISMATCH}. */
    public static final int IPSET_ERR_TYPE_MISMATCH = 4102;
    /** {@code IPSET_ERR_EXIST}: the element (or set) exists, or for test: is not in the set. */
    public static final int IPSET_ERR_EXIST = 4103;
    /** {@code IPSET_ERR_INVALID_CIDR}. */
    public static final int IPSET_ERR_INVALID_CIDR = 4104;
    /** {@code IPSET_ERR_INVALID_FAMILY}. */
    public static final int IPSET_ERR_INVALID_FAMILY = 4106;
    /** {@code IPSET_ERR_TIMEOUT}. */
    public static final int IPSET_ERR_TIMEOUT = 4107;
    /** {@code IPSET_ERR_REFERENCED}. */
    public static final int IPSET_ERR_REFERENCED = 4108;
    /** {@code IPSET_ERR_COUNTER}. */
    public static final int IPSET_ERR_COUNTER = 4111;
    /** {@code IPSET_ERR_COMMENT}. */
    public static final int IPSET_ERR_COMMENT = 4112;

    // enum ipset_cmd_flags / ipset_cadt_flags
    /** {@code IPSET_FLAG_LIST_SETNAME}: list only set names. */
    public static final int IPSET_FLAG_LIST_SETNAME = 1 << 1;
    /** {@code IPSET_FLAG_LIST_HEADER}: list headers without elements. */
    public static final int IPSET_FLAG_LIST_HEADER = 1 << 2;
    /** {@code IPSET_FLAG_WITH_COUNTERS}. */
    public static final int IPSET_FLAG_WITH_COUNTERS = 1 << 3;
    /** {@code IPSET_FLAG_WITH_COMMENT}. */
    public static final int IPSET_FLAG_WITH_COMMENT = 1 << 4;

    /** {@code NFPROTO_UNSPEC}. */
    public static final int NFPROTO_UNSPEC = 0;
    /** {@code NFPROTO_IPV4}. */
    public static final int NFPROTO_IPV4 = 2;
    /** {@code NFPROTO_IPV6}. */
    public static final int NFPROTO_IPV6 = 10;
}
