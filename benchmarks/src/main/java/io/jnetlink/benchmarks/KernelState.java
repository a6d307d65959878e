package io.jnetlink.benchmarks;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;

/** Kernel set-up shared by the JMH round-trip benchmarks. */
public final class KernelState {
    private KernelState() {
    }

    /**
     * A new anonymous network namespace; explains the {@code unshare -rn} requirement when the
     * process may not make one.
     */
    public static NetNamespace namespaceOrExplain() {
        try {
            return NetNamespace.create();
        } catch (NetlinkException | IllegalStateException e) {
            throw new IllegalStateException("kernel round-trip benchmarks must run inside a user+network namespace,"
                    + " e.g. unshare -rn java -jar benchmarks/target/benchmarks.jar LinkDumpKernel: " + e.getMessage(), e);
        }
    }

    /** Creates veth pairs a0/b0 … a(n-1)/b(n-1), pipelined. */
    public static void createVethPairs(NetlinkConnection c, int n) {
        LinkPhases.createVethPairs(c, n);
    }
}
