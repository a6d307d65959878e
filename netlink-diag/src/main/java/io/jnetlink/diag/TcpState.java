package io.jnetlink.diag;

/**
 * A socket's state as {@code sock_diag} reports it: the kernel's {@code TCP_*} states
 * ({@code <netinet/tcp.h>}, {@code include/net/tcp_states.h}); UDP and UNIX sockets use
 * {@code ESTABLISHED}, {@code CLOSE} and {@code LISTEN} of the same set. {@link #ssName()} is the
 * word {@code ss} prints.
 */
public enum TcpState {
    /** {@code TCP_ESTABLISHED = 1} ({@code ss}: ESTAB). */
    ESTABLISHED(1, "ESTAB"),
    /** {@code TCP_SYN_SENT = 2}. */
    SYN_SENT(2, "SYN-SENT"),
    /** {@code TCP_SYN_RECV = 3}. */
    SYN_RECV(3, "SYN-RECV"),
    /** {@code TCP_FIN_WAIT1 = 4}. */
    FIN_WAIT1(4, "FIN-WAIT-1"),
    /** {@code TCP_FIN_WAIT2 = 5}. */
    FIN_WAIT2(5, "FIN-WAIT-2"),
    /** {@code TCP_TIME_WAIT = 6}. */
    TIME_WAIT(6, "TIME-WAIT"),
    /** {@code TCP_CLOSE = 7} ({@code ss}: UNCONN, e.g. an unconnected UDP socket). */
    CLOSE(7, "UNCONN"),
    /** {@code TCP_CLOSE_WAIT = 8}. */
    CLOSE_WAIT(8, "CLOSE-WAIT"),
    /** {@code TCP_LAST_ACK = 9}. */
    LAST_ACK(9, "LAST-ACK"),
    /** {@code TCP_LISTEN = 10}. */
    LISTEN(10, "LISTEN"),
    /** {@code TCP_CLOSING = 11}. */
    CLOSING(11, "CLOSING"),
    /** {@code TCP_NEW_SYN_RECV = 12}: a request socket ({@code ss} shows it as SYN-RECV). */
    NEW_SYN_RECV(12, "SYN-RECV"),
    /** {@code TCP_BOUND_INACTIVE = 13}: bound, not listening nor connecting (Linux 6.8+). */
    BOUND_INACTIVE(13, "BOUND-INACTIVE"),
    /** A value this version does not know. */
    UNKNOWN(-1, "UNKNOWN");

    /** {@code idiag_states} of every state: what {@code ss -a} asks for. */
    public static final int ALL_STATES_MASK = 0xFFFFFFFF;

    private static final TcpState[] BY_VALUE = new TcpState[14];

    static {
        for (TcpState s : values()) {
            if (s.value > 0) {
                BY_VALUE[s.value] = s;
            }
        }
    }

    private final int value;
    private final String ssName;

    TcpState(int value, String ssName) {
        this.value = value;
        this.ssName = ssName;
    }

    /** {@return the kernel's number ({@code TCP_*}); -1 for {@link #UNKNOWN}} */
    public int value() {
        return value;
    }

    /** {@return the word {@code ss} prints for the state, e.g. {@code ESTAB}, {@code UNCONN}} */
    public String ssName() {
        return ssName;
    }

    /**
     * The state of a kernel number; never throws.
     *
     * @param value {@code idiag_state} / {@code udiag_state}
     * @return its state, {@link #UNKNOWN} when this version does not know it
     */
    public static TcpState of(int value) {
        return value > 0 && value < BY_VALUE.length && BY_VALUE[value] != null ? BY_VALUE[value] : UNKNOWN;
    }

    /** {@return the bit of this state in {@code idiag_states} ({@code 1 << TCP_x})} */
    int bit() {
        return 1 << value;
    }
}
