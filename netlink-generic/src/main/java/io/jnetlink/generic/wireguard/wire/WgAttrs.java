package io.jnetlink.generic.wireguard.wire;

/** The wireguard generic netlink constants ({@code <linux/wireguard.h>}). */
public final class WgAttrs {
    /** {@code WG_GENL_NAME}. */
    public static final String WG_GENL_NAME = "wireguard";
    /** {@code WG_GENL_VERSION}. */
    public static final int WG_GENL_VERSION = 1;
    /** {@code WG_KEY_LEN}. */
    public static final int WG_KEY_LEN = 32;
    /** {@code WG_CMD_GET_DEVICE}. */
    public static final int WG_CMD_GET_DEVICE = 0;
    /** {@code WG_CMD_SET_DEVICE}. */
    public static final int WG_CMD_SET_DEVICE = 1;

    /** {@code WGDEVICE_F_REPLACE_PEERS}. */
    public static final int WGDEVICE_F_REPLACE_PEERS = 1;
    /** {@code WGDEVICE_A_IFINDEX} (u32). */
    public static final int WGDEVICE_A_IFINDEX = 1;
    /** {@code WGDEVICE_A_IFNAME} (string). */
    public static final int WGDEVICE_A_IFNAME = 2;
    /** {@code WGDEVICE_A_PRIVATE_KEY} (32 bytes). */
    public static final int WGDEVICE_A_PRIVATE_KEY = 3;
    /** {@code WGDEVICE_A_PUBLIC_KEY} (32 bytes). */
    public static final int WGDEVICE_A_PUBLIC_KEY = 4;
    /** {@code WGDEVICE_A_FLAGS} (u32). */
    public static final int WGDEVICE_A_FLAGS = 5;
    /** {@code WGDEVICE_A_LISTEN_PORT} (u16). */
    public static final int WGDEVICE_A_LISTEN_PORT = 6;
    /** {@code WGDEVICE_A_FWMARK} (u32). */
    public static final int WGDEVICE_A_FWMARK = 7;
    /** {@code WGDEVICE_A_PEERS} (nest of nests). */
    public static final int WGDEVICE_A_PEERS = 8;

    /** {@code WGPEER_F_REMOVE_ME}. */
    public static final int WGPEER_F_REMOVE_ME = 1;
    /** {@code WGPEER_F_REPLACE_ALLOWEDIPS}. */
    public static final int WGPEER_F_REPLACE_ALLOWEDIPS = 1 << 1;
    /** {@code WGPEER_F_UPDATE_ONLY}. */
    public static final int WGPEER_F_UPDATE_ONLY = 1 << 2;
    /** {@code WGPEER_A_PUBLIC_KEY}. */
    public static final int WGPEER_A_PUBLIC_KEY = 1;
    /** {@code WGPEER_A_PRESHARED_KEY}. */
    public static final int WGPEER_A_PRESHARED_KEY = 2;
    /** {@code WGPEER_A_FLAGS} (u32). */
    public static final int WGPEER_A_FLAGS = 3;
    /** {@code WGPEER_A_ENDPOINT} (struct sockaddr_in or sockaddr_in6). */
    public static final int WGPEER_A_ENDPOINT = 4;
    /** {@code WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL} (u16). */
    public static final int WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL = 5;
    /** {@code WGPEER_A_LAST_HANDSHAKE_TIME} (struct __kernel_timespec). */
    public static final int WGPEER_A_LAST_HANDSHAKE_TIME = 6;
    /** {@code WGPEER_A_RX_BYTES} (u64). */
    public static final int WGPEER_A_RX_BYTES = 7;
    /** {@code WGPEER_A_TX_BYTES} (u64). */
    public static final int WGPEER_A_TX_BYTES = 8;
    /** {@code WGPEER_A_ALLOWEDIPS} (nest of nests). */
    public static final int WGPEER_A_ALLOWEDIPS = 9;
    /** {@code WGPEER_A_PROTOCOL_VERSION} (u32). */
    public static final int WGPEER_A_PROTOCOL_VERSION = 10;
    /** {@code WGALLOWEDIP_A_FAMILY} (u16). */
    public static final int WGALLOWEDIP_A_FAMILY = 1;
    /** {@code WGALLOWEDIP_A_IPADDR} (in_addr or in6_addr). */
    public static final int WGALLOWEDIP_A_IPADDR = 2;
    /** {@code WGALLOWEDIP_A_CIDR_MASK} (u8). */
    public static final int WGALLOWEDIP_A_CIDR_MASK = 3;

    /** {@code sizeof(struct sockaddr_in)}. */
    public static final int SOCKADDR_IN_LENGTH = 16;
    /** {@code sizeof(struct sockaddr_in6)}. */
    public static final int SOCKADDR_IN6_LENGTH = 28;
    /** {@code sizeof(struct __kernel_timespec)}: two s64. */
    public static final int KERNEL_TIMESPEC_LENGTH = 16;
    /** {@code AF_INET}. */
    public static final int AF_INET = 2;
    /** {@code AF_INET6}. */
    public static final int AF_INET6 = 10;

    private WgAttrs() {
    }
}
