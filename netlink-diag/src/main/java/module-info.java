/**
 * jnetlink diag: socket diagnostics ({@code NETLINK_SOCK_DIAG}) - the TCP, UDP, UDP-lite, raw and
 * UNIX sockets of a namespace with their queues, owners, {@code tcp_info}, memory and congestion
 * control, filtered in the kernel by {@code inet_diag} bytecode, and {@code SOCK_DESTROY}: what
 * {@code ss} shows and {@code ss -K} does.
 */
module io.jnetlink.diag {
    requires transitive io.jnetlink.core;

    exports io.jnetlink.diag;
}
