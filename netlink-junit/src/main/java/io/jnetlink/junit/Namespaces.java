package io.jnetlink.junit;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.route.Links;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** Makes the fresh namespaces, and explains why when the JVM may not. */
final class Namespaces {
    /** {@code EACCES} from {@code <asm-generic/errno-base.h>} (io.jnetlink.core.Errno names it but has no constant). */
    private static final int EACCES = 13;

    private Namespaces() {
    }

    /**
     * A new anonymous namespace with {@code lo} up ({@code unshare -n; ip link set lo up}).
     *
     * @param consumer who asked, for the failure message (e.g. {@code "MyIT.test()"})
     * @throws ParameterResolutionException saying how to run the test when namespaces may not be made
     */
    static NetNamespace fresh(String consumer) {
        NetNamespace namespace;
        try {
            namespace = NetNamespace.create();
        } catch (NetlinkException e) {
            throw new ParameterResolutionException(explain(consumer, e), e);
        }
        try {
            Links.set("lo").up().in(namespace).apply();
            return namespace;
        } catch (RuntimeException | Error e) {
            namespace.close();
            throw e;
        }
    }

    /** The failure message for a namespace that could not be made. */
    static String explain(String consumer, NetlinkException e) {
        StringBuilder message = new StringBuilder()
                .append("jnetlink-junit: cannot create a network namespace for ").append(consumer)
                .append(": ").append(e.getMessage());
        if (e.errno() == Errno.EPERM || e.errno() == EACCES) {
            message.append("\n  Tests that take a NetNamespace or Topology need CAP_SYS_ADMIN in the JVM's user namespace")
                    .append(" (root there), which this JVM does not have. Run the test JVM in a throwaway")
                    .append(" user+network namespace instead of as root:")
                    .append("\n    unshare -rnm mvn verify            (or: unshare -rnm java …)")
                    .append("\n  or, as jnetlink's own build does, give maven-failsafe a wrapper as its <jvm>")
                    .append(" that execs the real java under 'unshare -rnm' (see tools/netns-jdk/bin/java and the")
                    .append(" failsafe plugin block of jnetlink's root pom.xml).")
                    .append("\n  If 'unshare -rnm true' fails as well, user namespaces are disabled on this machine:")
                    .append(" check sysctl user.max_user_namespaces and kernel.unprivileged_userns_clone, or the")
                    .append(" container's seccomp profile.");
        }
        return message.toString();
    }
}
