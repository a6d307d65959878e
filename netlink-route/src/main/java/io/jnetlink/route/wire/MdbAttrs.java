package io.jnetlink.route.wire;

/**
 * MDB attributes and {@code struct br_mdb_entry} from {@code <linux/if_bridge.h>}.
 *
 * <pre>
 *  0                4        5        6                 8                                24       26      28
 *  +----------------+--------+--------+-----------------+--------------------------------+--------+-------+
 *  | ifindex (port) | state  | flags  | vid (u16)       | addr.u: ip4 | ip6 | mac_addr   | proto  | pad   |
 *  +----------------+--------+--------+-----------------+--------------------------------+--------+-------+
 * </pre>
 * {@code proto} is {@code htons(ETH_P_IP)} or {@code htons(ETH_P_IPV6)} (0 for an L2 group).
 */
public final class MdbAttrs {
    /** {@code MDBA_MDB}: the dump's nest of entries. */
    public static final int MDBA_MDB = 1;
    /** {@code MDBA_ROUTER}: the dump's nest of router ports. */
    public static final int MDBA_ROUTER = 2;
    /** {@code MDBA_MDB_ENTRY}: one group's nest. */
    public static final int MDBA_MDB_ENTRY = 1;
    /** {@code MDBA_MDB_ENTRY_INFO}: a {@code struct br_mdb_entry}, followed by its own attributes. */
    public static final int MDBA_MDB_ENTRY_INFO = 1;
    /** {@code MDBA_MDB_EATTR_TIMER} (u32, centiseconds). */
    public static final int MDBA_MDB_EATTR_TIMER = 1;
    /** {@code MDBA_SET_ENTRY}: the entry of an add or delete request. */
    public static final int MDBA_SET_ENTRY = 1;

    /** {@code sizeof(struct br_mdb_entry)}. */
    public static final int ENTRY_LENGTH = 28;
    /** {@code ifindex}: the port. */
    public static final int ENTRY_IFINDEX_OFFSET = 0;
    /** {@code state}. */
    public static final int ENTRY_STATE_OFFSET = 4;
    /** {@code flags}. */
    public static final int ENTRY_FLAGS_OFFSET = 5;
    /** {@code vid}. */
    public static final int ENTRY_VID_OFFSET = 6;
    /** {@code addr.u}. */
    public static final int ENTRY_ADDR_OFFSET = 8;
    /** {@code addr.proto} (be16). */
    public static final int ENTRY_PROTO_OFFSET = 24;

    /** {@code MDB_TEMPORARY}. */
    public static final int MDB_TEMPORARY = 0;
    /** {@code MDB_PERMANENT}. */
    public static final int MDB_PERMANENT = 1;
    /** {@code ETH_P_IP}, {@code <linux/if_ether.h>}. */
    public static final int ETH_P_IP = 0x0800;
    /** {@code ETH_P_IPV6}. */
    public static final int ETH_P_IPV6 = 0x86DD;

    private MdbAttrs() {
    }
}
