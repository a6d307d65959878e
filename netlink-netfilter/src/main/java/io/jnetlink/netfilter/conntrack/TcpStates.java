package io.jnetlink.netfilter.conntrack;

/** {@code enum tcp_conntrack} of {@code <linux/netfilter/nf_conntrack_tcp.h>}, by the names {@code conntrack} prints. */
final class TcpStates {
    // TCP_CONNTRACK_NONE .. TCP_CONNTRACK_SYN_SENT2 (TCP_CONNTRACK_MAX = 10)
    private static final String[] NAMES = {"NONE", "SYN_SENT", "SYN_RECV", "ESTABLISHED", "FIN_WAIT", "CLOSE_WAIT",
        "LAST_ACK", "TIME_WAIT", "CLOSE", "SYN_SENT2"};

    private TcpStates() {
    }

    /** The name of {@code state}; "" when absent (-1), {@code STATE_n} for a value this version does not know. */
    static String name(int state) {
        return state >= 0 && state < NAMES.length ? NAMES[state] : state < 0 ? "" : "STATE_" + state;
    }

    /** The number of a state name (as {@code conntrack --state} takes it), or -1. */
    static int number(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code TCP_CONNTRACK_MAX}. */
    static int count() {
        return NAMES.length;
    }
}
