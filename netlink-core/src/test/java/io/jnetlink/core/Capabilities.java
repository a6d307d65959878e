package io.jnetlink.core;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/**
 * Test helper: capabilities are per thread in Linux, so a test thread can give up
 * {@code CAP_SYS_ADMIN} ({@code capset(2)}) to see how the library explains an EPERM, without
 * affecting the rest of the JVM.
 */
final class Capabilities {
    /** {@code _LINUX_CAPABILITY_VERSION_3}. */
    private static final int VERSION_3 = 0x20080522;
    /** {@code CAP_SYS_ADMIN}. */
    private static final int CAP_SYS_ADMIN = 21;

    public interface Caps {
        int capget(Pointer header, Pointer data);

        int capset(Pointer header, Pointer data);
    }

    private static final Caps CAPS = LibraryLoader.create(Caps.class).load("c");

    private Capabilities() {
    }

    /** Removes CAP_SYS_ADMIN from the calling thread's effective and permitted sets. */
    static void dropSysAdminFromThisThread() {
        Runtime runtime = Runtime.getRuntime(CAPS);
        Pointer header = runtime.getMemoryManager().allocateDirect(8);
        Pointer data = runtime.getMemoryManager().allocateDirect(24);
        header.putInt(0, VERSION_3);
        header.putInt(4, 0);
        if (CAPS.capget(header, data) != 0) {
            throw new IllegalStateException("capget failed: errno " + runtime.getLastError());
        }
        int effective = data.getInt(0) & ~(1 << CAP_SYS_ADMIN);
        int permitted = data.getInt(4) & ~(1 << CAP_SYS_ADMIN);
        data.putInt(0, effective);
        data.putInt(4, permitted);
        header.putInt(0, VERSION_3);
        header.putInt(4, 0);
        if (CAPS.capset(header, data) != 0) {
            throw new IllegalStateException("capset failed: errno " + runtime.getLastError());
        }
    }
}
