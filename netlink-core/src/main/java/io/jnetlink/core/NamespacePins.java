package io.jnetlink.core;

import java.util.List;

/**
 * Keeps the namespaces a request names open until the kernel has answered it. A request writes
 * {@code ns.fd()} into the message as a number (e.g. {@code IFLA_NET_NS_FD}); if the handle were
 * closed and the number reused by another {@code open} before {@code sendmsg}, the kernel would
 * act on another namespace. While a pin scope is active on a thread (from encoding a request to
 * its answer, see {@link NetlinkConnection} and {@link NetlinkBatch}), {@link NetNamespace#fd()}
 * takes a reference that defers the fd's close until the scope ends. Allocation-free once a thread
 * has its scope object.
 */
final class NamespacePins {
    private static final ThreadLocal<NamespacePins> CURRENT = ThreadLocal.withInitial(NamespacePins::new);

    private NetNamespace[] pinned = new NetNamespace[4];
    private int size;
    private int depth;

    private NamespacePins() {
    }

    /** Starts a scope; returns the mark to hand to {@link #end}. */
    static int begin() {
        NamespacePins p = CURRENT.get();
        p.depth++;
        return p.size;
    }

    /** Ends the scope begun at {@code mark}, releasing what it pinned. */
    static void end(int mark) {
        NamespacePins p = CURRENT.get();
        for (int i = p.size - 1; i >= mark; i--) {
            NetNamespace ns = p.pinned[i];
            p.pinned[i] = null;
            ns.release();
        }
        p.size = mark;
        p.depth--;
    }

    /** Moves the pins taken since {@code mark} to {@code holder}, which then releases them itself. */
    static void moveTo(int mark, List<NetNamespace> holder) {
        NamespacePins p = CURRENT.get();
        for (int i = mark; i < p.size; i++) {
            holder.add(p.pinned[i]);
            p.pinned[i] = null;
        }
        p.size = mark;
    }

    /** Pins {@code ns} if a scope is active on this thread (called by {@link NetNamespace#fd()}). */
    static void pinIfActive(NetNamespace ns) {
        NamespacePins p = CURRENT.get();
        if (p.depth == 0) {
            return;
        }
        ns.retain();
        if (p.size == p.pinned.length) {
            p.pinned = java.util.Arrays.copyOf(p.pinned, p.size * 2);
        }
        p.pinned[p.size++] = ns;
    }
}
