package io.jnetlink.core;

import io.jnetlink.core.message.Netlink;

/**
 * Run by {@link MessageTraceIT} in a child JVM: one link dump in a fresh namespace, so the trace
 * (when switched on) shows a request, the kernel's multipart reply and its end.
 */
public final class TraceProbe {
    private static final int RTM_GETLINK = TraceTestFamily.RTM_GETLINK;
    private static final int IFINFOMSG_LENGTH = TraceTestFamily.IFINFOMSG_LENGTH;

    private TraceProbe() {
    }

    /**
     * Dumps the links of a new namespace and prints how many there were.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        TraceTestFamily.register(); // core names no rtnetlink type: the family a module would register
        try (NetNamespace ns = NetNamespace.create()) {
            int[] links = {0};
            ns.connection(Netlink.NETLINK_ROUTE).dump("ip link show", w -> {
                int start = w.beginMessage(RTM_GETLINK, 0);
                w.reserve(IFINFOMSG_LENGTH);
                w.endMessage(start);
            }, m -> {
                links[0]++;
                return true;
            });
            System.out.println("links=" + links[0]);
        }
    }
}
