package io.jnetlink.diag.wire;

/**
 * Message types, families, protocols and groups of {@code NETLINK_SOCK_DIAG}
 * ({@code <linux/sock_diag.h>}, {@code <linux/in.h>}, {@code <linux/socket.h>}).
 */
public final class SockDiag {
    /** {@code #define SOCK_DIAG_BY_FAMILY 20}: dump or get sockets of one family. */
    public static final int SOCK_DIAG_BY_FAMILY = 20;
    /** {@code #define SOCK_DESTROY 21}: close a socket ({@code ss -K}, {@code CONFIG_INET_DIAG_DESTROY}). */
    public static final int SOCK_DESTROY = 21;

    /** {@code #define AF_UNIX 1}. */
    public static final int AF_UNIX = 1;
    /** {@code #define AF_INET 2}. */
    public static final int AF_INET = 2;
    /** {@code #define AF_INET6 10}. */
    public static final int AF_INET6 = 10;

    /** {@code IPPROTO_TCP = 6}. */
    public static final int IPPROTO_TCP = 6;
    /** {@code IPPROTO_UDP = 17}. */
    public static final int IPPROTO_UDP = 17;
    /** {@code IPPROTO_UDPLITE = 136}. */
    public static final int IPPROTO_UDPLITE = 136;
    /** {@code IPPROTO_RAW = 255}: what {@code sdiag_protocol} says for raw sockets (the protocol goes in {@code sdiag_raw_protocol}). */
    public static final int IPPROTO_RAW = 255;

    /** {@code SKNLGRP_INET_TCP_DESTROY}: multicast group of destroyed IPv4 TCP sockets. */
    public static final int SKNLGRP_INET_TCP_DESTROY = 1;
    /** {@code SKNLGRP_INET_UDP_DESTROY}. */
    public static final int SKNLGRP_INET_UDP_DESTROY = 2;
    /** {@code SKNLGRP_INET6_TCP_DESTROY}. */
    public static final int SKNLGRP_INET6_TCP_DESTROY = 3;
    /** {@code SKNLGRP_INET6_UDP_DESTROY}. */
    public static final int SKNLGRP_INET6_UDP_DESTROY = 4;

    /** {@code SK_MEMINFO_RMEM_ALLOC}: first index of the {@code u32[SK_MEMINFO_VARS]} array of {@code INET_DIAG_SKMEMINFO}/{@code UNIX_DIAG_MEMINFO}. */
    public static final int SK_MEMINFO_RMEM_ALLOC = 0;
    /** {@code SK_MEMINFO_RCVBUF}. */
    public static final int SK_MEMINFO_RCVBUF = 1;
    /** {@code SK_MEMINFO_WMEM_ALLOC}. */
    public static final int SK_MEMINFO_WMEM_ALLOC = 2;
    /** {@code SK_MEMINFO_SNDBUF}. */
    public static final int SK_MEMINFO_SNDBUF = 3;
    /** {@code SK_MEMINFO_FWD_ALLOC}. */
    public static final int SK_MEMINFO_FWD_ALLOC = 4;
    /** {@code SK_MEMINFO_WMEM_QUEUED}. */
    public static final int SK_MEMINFO_WMEM_QUEUED = 5;
    /** {@code SK_MEMINFO_OPTMEM}. */
    public static final int SK_MEMINFO_OPTMEM = 6;
    /** {@code SK_MEMINFO_BACKLOG}. */
    public static final int SK_MEMINFO_BACKLOG = 7;
    /** {@code SK_MEMINFO_DROPS}. */
    public static final int SK_MEMINFO_DROPS = 8;
    /** {@code SK_MEMINFO_VARS}: entries this version knows (a newer kernel may send more). */
    public static final int SK_MEMINFO_VARS = 9;

    private SockDiag() {
    }
}
