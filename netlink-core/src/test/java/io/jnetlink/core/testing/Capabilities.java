package io.jnetlink.core.testing;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/**
 * Test helper: capabilities are per thread in Linux and a new thread inherits its creator's, so a
 * thread that gives up {@code CAP_SYS_ADMIN} ({@code capset(2)}) sees what an unprivileged JVM
 * would, without affecting the rest of this one.
 */
public final class Capabilities {
    /** {@code _LINUX_CAPABILITY_VERSION_3} from {@code <linux/capability.h>}. */
    private static final int VERSION_3 = 0x20080522;
    /** {@code CAP_SYS_ADMIN} from {@code <linux/capability.h>}. */
    private static final int CAP_SYS_ADMIN = 21;

    /** The two libc calls, bound by jnr-ffi. */
    public interface Caps {
        /** {@code capget(2)}. */
        int capget(Pointer header, Pointer data);

        /** {@code capset(2)}. */
        int capset(Pointer header, Pointer data);
    }

    private static final Caps CAPS = LibraryLoader.create(Caps.class).load("c");

    private Capabilities() {
    }

    /** Removes CAP_SYS_ADMIN from the calling thread's effective and permitted sets. */
    public static void dropSysAdminFromThisThread() {
        Runtime runtime = Runtime.getRuntime(CAPS);
        Pointer header = runtime.getMemoryManager().allocateDirect(8);
        Pointer data = runtime.getMemoryManager().allocateDirect(24);
        header.putInt(0, VERSION_3);
        header.putInt(4, 0);
        if (CAPS.capget(header, data) != 0) {
            throw new IllegalStateException("capget failed: errno " + runtime.getLastError());
        }
        data.putInt(0, data.getInt(0) & ~(1 << CAP_SYS_ADMIN));
        data.putInt(4, data.getInt(4) & ~(1 << CAP_SYS_ADMIN));
        header.putInt(0, VERSION_3);
        header.putInt(4, 0);
        if (CAPS.capset(header, data) != 0) {
            throw new IllegalStateException("capset failed: errno " + runtime.getLastError());
        }
    }
}
