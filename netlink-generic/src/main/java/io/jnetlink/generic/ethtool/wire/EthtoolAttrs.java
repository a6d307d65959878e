package io.jnetlink.generic.ethtool.wire;

/** The ethtool netlink constants this module uses ({@code <linux/ethtool_netlink.h>}, {@code <linux/ethtool.h>}). */
public final class EthtoolAttrs {
    /** {@code ETHTOOL_GENL_NAME}. */
    public static final String ETHTOOL_GENL_NAME = "ethtool";
    /** {@code ETHTOOL_GENL_VERSION}. */
    public static final int ETHTOOL_GENL_VERSION = 1;
    /** {@code ETHTOOL_MCGRP_MONITOR_NAME}. */
    public static final String ETHTOOL_MCGRP_MONITOR_NAME = "monitor";

    // message types, userspace to kernel
    /** {@code ETHTOOL_MSG_STRSET_GET}. */
    public static final int ETHTOOL_MSG_STRSET_GET = 1;
    /** {@code ETHTOOL_MSG_LINKINFO_GET}. */
    public static final int ETHTOOL_MSG_LINKINFO_GET = 2;
    /** {@code ETHTOOL_MSG_LINKMODES_GET}. */
    public static final int ETHTOOL_MSG_LINKMODES_GET = 4;
    /** {@code ETHTOOL_MSG_LINKSTATE_GET}. */
    public static final int ETHTOOL_MSG_LINKSTATE_GET = 6;
    /** {@code ETHTOOL_MSG_FEATURES_GET}. */
    public static final int ETHTOOL_MSG_FEATURES_GET = 11;
    /** {@code ETHTOOL_MSG_FEATURES_SET}. */
    public static final int ETHTOOL_MSG_FEATURES_SET = 12;
    /** {@code ETHTOOL_MSG_RINGS_GET}. */
    public static final int ETHTOOL_MSG_RINGS_GET = 15;
    /** {@code ETHTOOL_MSG_RINGS_SET}. */
    public static final int ETHTOOL_MSG_RINGS_SET = 16;
    /** {@code ETHTOOL_MSG_CHANNELS_GET}. */
    public static final int ETHTOOL_MSG_CHANNELS_GET = 17;
    /** {@code ETHTOOL_MSG_CHANNELS_SET}. */
    public static final int ETHTOOL_MSG_CHANNELS_SET = 18;
    /** {@code ETHTOOL_MSG_STATS_GET}. */
    public static final int ETHTOOL_MSG_STATS_GET = 32;

    // message types, kernel to userspace
    /** {@code ETHTOOL_MSG_STRSET_GET_REPLY}. */
    public static final int ETHTOOL_MSG_STRSET_GET_REPLY = 1;
    /** {@code ETHTOOL_MSG_LINKINFO_GET_REPLY}. */
    public static final int ETHTOOL_MSG_LINKINFO_GET_REPLY = 2;
    /** {@code ETHTOOL_MSG_LINKMODES_GET_REPLY}. */
    public static final int ETHTOOL_MSG_LINKMODES_GET_REPLY = 4;
    /** {@code ETHTOOL_MSG_LINKSTATE_GET_REPLY}. */
    public static final int ETHTOOL_MSG_LINKSTATE_GET_REPLY = 6;
    /** {@code ETHTOOL_MSG_FEATURES_GET_REPLY}. */
    public static final int ETHTOOL_MSG_FEATURES_GET_REPLY = 11;
    /** {@code ETHTOOL_MSG_FEATURES_NTF}. */
    public static final int ETHTOOL_MSG_FEATURES_NTF = 13;
    /** {@code ETHTOOL_MSG_RINGS_GET_REPLY}. */
    public static final int ETHTOOL_MSG_RINGS_GET_REPLY = 16;
    /** {@code ETHTOOL_MSG_RINGS_NTF}. */
    public static final int ETHTOOL_MSG_RINGS_NTF = 17;
    /** {@code ETHTOOL_MSG_CHANNELS_GET_REPLY}. */
    public static final int ETHTOOL_MSG_CHANNELS_GET_REPLY = 18;
    /** {@code ETHTOOL_MSG_CHANNELS_NTF}. */
    public static final int ETHTOOL_MSG_CHANNELS_NTF = 19;
    /** {@code ETHTOOL_MSG_STATS_GET_REPLY}. */
    public static final int ETHTOOL_MSG_STATS_GET_REPLY = 33;

    // request header
    /** {@code ETHTOOL_FLAG_COMPACT_BITSETS}. */
    public static final int ETHTOOL_FLAG_COMPACT_BITSETS = 1;
    /** {@code ETHTOOL_FLAG_OMIT_REPLY}. */
    public static final int ETHTOOL_FLAG_OMIT_REPLY = 1 << 1;
    /** {@code ETHTOOL_A_HEADER_DEV_INDEX} (u32). */
    public static final int ETHTOOL_A_HEADER_DEV_INDEX = 1;
    /** {@code ETHTOOL_A_HEADER_DEV_NAME} (string). */
    public static final int ETHTOOL_A_HEADER_DEV_NAME = 2;
    /** {@code ETHTOOL_A_HEADER_FLAGS} (u32). */
    public static final int ETHTOOL_A_HEADER_FLAGS = 3;
    /** {@code ETHTOOL_A_*_HEADER}: attribute 1 of every message but STATS. */
    public static final int ETHTOOL_A_HEADER = 1;
    /** {@code ETHTOOL_A_STATS_HEADER}. */
    public static final int ETHTOOL_A_STATS_HEADER = 2;

    // bitsets
    /** {@code ETHTOOL_A_BITSET_BIT_INDEX} (u32). */
    public static final int ETHTOOL_A_BITSET_BIT_INDEX = 1;
    /** {@code ETHTOOL_A_BITSET_BIT_NAME} (string). */
    public static final int ETHTOOL_A_BITSET_BIT_NAME = 2;
    /** {@code ETHTOOL_A_BITSET_BIT_VALUE} (flag). */
    public static final int ETHTOOL_A_BITSET_BIT_VALUE = 3;
    /** {@code ETHTOOL_A_BITSET_BITS_BIT} (nest). */
    public static final int ETHTOOL_A_BITSET_BITS_BIT = 1;
    /** {@code ETHTOOL_A_BITSET_NOMASK} (flag). */
    public static final int ETHTOOL_A_BITSET_NOMASK = 1;
    /** {@code ETHTOOL_A_BITSET_SIZE} (u32). */
    public static final int ETHTOOL_A_BITSET_SIZE = 2;
    /** {@code ETHTOOL_A_BITSET_BITS} (nest). */
    public static final int ETHTOOL_A_BITSET_BITS = 3;
    /** {@code ETHTOOL_A_BITSET_VALUE} (binary, u32 words). */
    public static final int ETHTOOL_A_BITSET_VALUE = 4;
    /** {@code ETHTOOL_A_BITSET_MASK} (binary, u32 words). */
    public static final int ETHTOOL_A_BITSET_MASK = 5;

    // string sets
    /** {@code ETHTOOL_A_STRING_INDEX}. */
    public static final int ETHTOOL_A_STRING_INDEX = 1;
    /** {@code ETHTOOL_A_STRING_VALUE}. */
    public static final int ETHTOOL_A_STRING_VALUE = 2;
    /** {@code ETHTOOL_A_STRINGS_STRING}. */
    public static final int ETHTOOL_A_STRINGS_STRING = 1;
    /** {@code ETHTOOL_A_STRINGSET_ID}. */
    public static final int ETHTOOL_A_STRINGSET_ID = 1;
    /** {@code ETHTOOL_A_STRINGSET_COUNT}. */
    public static final int ETHTOOL_A_STRINGSET_COUNT = 2;
    /** {@code ETHTOOL_A_STRINGSET_STRINGS}. */
    public static final int ETHTOOL_A_STRINGSET_STRINGS = 3;
    /** {@code ETHTOOL_A_STRINGSETS_STRINGSET}. */
    public static final int ETHTOOL_A_STRINGSETS_STRINGSET = 1;
    /** {@code ETHTOOL_A_STRSET_STRINGSETS}. */
    public static final int ETHTOOL_A_STRSET_STRINGSETS = 2;
    /** {@code ETHTOOL_A_STRSET_COUNTS_ONLY} (flag). */
    public static final int ETHTOOL_A_STRSET_COUNTS_ONLY = 3;
    /** {@code ETH_SS_TEST}. */
    public static final int ETH_SS_TEST = 0;
    /** {@code ETH_SS_STATS}. */
    public static final int ETH_SS_STATS = 1;
    /** {@code ETH_SS_PRIV_FLAGS}. */
    public static final int ETH_SS_PRIV_FLAGS = 2;
    /** {@code ETH_SS_FEATURES}. */
    public static final int ETH_SS_FEATURES = 4;
    /** {@code ETH_SS_LINK_MODES}. */
    public static final int ETH_SS_LINK_MODES = 9;
    /** {@code ETH_GSTRING_LEN}: a string of a set is at most 31 bytes and a NUL. */
    public static final int ETH_GSTRING_LEN = 32;

    // LINKINFO
    /** {@code ETHTOOL_A_LINKINFO_PORT} (u8). */
    public static final int ETHTOOL_A_LINKINFO_PORT = 2;
    /** {@code ETHTOOL_A_LINKINFO_PHYADDR} (u8). */
    public static final int ETHTOOL_A_LINKINFO_PHYADDR = 3;
    /** {@code ETHTOOL_A_LINKINFO_TP_MDIX} (u8). */
    public static final int ETHTOOL_A_LINKINFO_TP_MDIX = 4;
    /** {@code ETHTOOL_A_LINKINFO_TP_MDIX_CTRL} (u8). */
    public static final int ETHTOOL_A_LINKINFO_TP_MDIX_CTRL = 5;
    /** {@code ETHTOOL_A_LINKINFO_TRANSCEIVER} (u8). */
    public static final int ETHTOOL_A_LINKINFO_TRANSCEIVER = 6;
    // LINKMODES
    /** {@code ETHTOOL_A_LINKMODES_AUTONEG} (u8). */
    public static final int ETHTOOL_A_LINKMODES_AUTONEG = 2;
    /** {@code ETHTOOL_A_LINKMODES_OURS} (bitset: value advertised, mask supported). */
    public static final int ETHTOOL_A_LINKMODES_OURS = 3;
    /** {@code ETHTOOL_A_LINKMODES_PEER} (bitset). */
    public static final int ETHTOOL_A_LINKMODES_PEER = 4;
    /** {@code ETHTOOL_A_LINKMODES_SPEED} (u32). */
    public static final int ETHTOOL_A_LINKMODES_SPEED = 5;
    /** {@code ETHTOOL_A_LINKMODES_DUPLEX} (u8). */
    public static final int ETHTOOL_A_LINKMODES_DUPLEX = 6;
    /** {@code ETHTOOL_A_LINKMODES_LANES} (u32). */
    public static final int ETHTOOL_A_LINKMODES_LANES = 9;
    // LINKSTATE
    /** {@code ETHTOOL_A_LINKSTATE_LINK} (u8). */
    public static final int ETHTOOL_A_LINKSTATE_LINK = 2;
    // FEATURES
    /** {@code ETHTOOL_A_FEATURES_HW} (bitset: changeable). */
    public static final int ETHTOOL_A_FEATURES_HW = 2;
    /** {@code ETHTOOL_A_FEATURES_WANTED} (bitset: requested). */
    public static final int ETHTOOL_A_FEATURES_WANTED = 3;
    /** {@code ETHTOOL_A_FEATURES_ACTIVE} (bitset). */
    public static final int ETHTOOL_A_FEATURES_ACTIVE = 4;
    /** {@code ETHTOOL_A_FEATURES_NOCHANGE} (bitset). */
    public static final int ETHTOOL_A_FEATURES_NOCHANGE = 5;
    // RINGS
    /** {@code ETHTOOL_A_RINGS_RX_MAX} (u32); RX_MINI_MAX, RX_JUMBO_MAX, TX_MAX follow. */
    public static final int ETHTOOL_A_RINGS_RX_MAX = 2;
    /** {@code ETHTOOL_A_RINGS_RX_MINI_MAX}. */
    public static final int ETHTOOL_A_RINGS_RX_MINI_MAX = 3;
    /** {@code ETHTOOL_A_RINGS_RX_JUMBO_MAX}. */
    public static final int ETHTOOL_A_RINGS_RX_JUMBO_MAX = 4;
    /** {@code ETHTOOL_A_RINGS_TX_MAX}. */
    public static final int ETHTOOL_A_RINGS_TX_MAX = 5;
    /** {@code ETHTOOL_A_RINGS_RX}. */
    public static final int ETHTOOL_A_RINGS_RX = 6;
    /** {@code ETHTOOL_A_RINGS_RX_MINI}. */
    public static final int ETHTOOL_A_RINGS_RX_MINI = 7;
    /** {@code ETHTOOL_A_RINGS_RX_JUMBO}. */
    public static final int ETHTOOL_A_RINGS_RX_JUMBO = 8;
    /** {@code ETHTOOL_A_RINGS_TX}. */
    public static final int ETHTOOL_A_RINGS_TX = 9;
    // CHANNELS
    /** {@code ETHTOOL_A_CHANNELS_RX_MAX}. */
    public static final int ETHTOOL_A_CHANNELS_RX_MAX = 2;
    /** {@code ETHTOOL_A_CHANNELS_TX_MAX}. */
    public static final int ETHTOOL_A_CHANNELS_TX_MAX = 3;
    /** {@code ETHTOOL_A_CHANNELS_OTHER_MAX}. */
    public static final int ETHTOOL_A_CHANNELS_OTHER_MAX = 4;
    /** {@code ETHTOOL_A_CHANNELS_COMBINED_MAX}. */
    public static final int ETHTOOL_A_CHANNELS_COMBINED_MAX = 5;
    /** {@code ETHTOOL_A_CHANNELS_RX_COUNT}. */
    public static final int ETHTOOL_A_CHANNELS_RX_COUNT = 6;
    /** {@code ETHTOOL_A_CHANNELS_TX_COUNT}. */
    public static final int ETHTOOL_A_CHANNELS_TX_COUNT = 7;
    /** {@code ETHTOOL_A_CHANNELS_OTHER_COUNT}. */
    public static final int ETHTOOL_A_CHANNELS_OTHER_COUNT = 8;
    /** {@code ETHTOOL_A_CHANNELS_COMBINED_COUNT}. */
    public static final int ETHTOOL_A_CHANNELS_COMBINED_COUNT = 9;
    // STATS
    /** {@code ETHTOOL_A_STATS_GROUPS} (bitset of {@code ETHTOOL_STATS_*}). */
    public static final int ETHTOOL_A_STATS_GROUPS = 3;
    /** {@code ETHTOOL_A_STATS_GRP} (nest). */
    public static final int ETHTOOL_A_STATS_GRP = 4;
    /** {@code ETHTOOL_A_STATS_GRP_ID} (u32). */
    public static final int ETHTOOL_A_STATS_GRP_ID = 2;
    /** {@code ETHTOOL_A_STATS_GRP_STAT} (nest: one u64 whose type is the counter). */
    public static final int ETHTOOL_A_STATS_GRP_STAT = 4;
    /** {@code __ETHTOOL_STATS_CNT}: eth-phy, eth-mac, eth-ctrl, rmon. */
    public static final int ETHTOOL_STATS_CNT = 4;

    private EthtoolAttrs() {
    }
}
