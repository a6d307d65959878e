package io.jnetlink.core;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backend picked at run time, and what both backends must agree on. */
class NativeBackendTest {
    private static final boolean JAVA_22 = Runtime.version().feature() >= 22;

    @Test
    void shouldUseFfmOnJava22AndJnrBefore() {
        String forced = System.getProperty("jnetlink.native", "auto");
        String expected = forced.equals("jnr") ? "jnr" : JAVA_22 ? "ffm" : "jnr";
        assertEquals(expected, Native.backend(), "backend on Java " + Runtime.version().feature()
                + " (on 22+ the build must have compiled META-INF/versions/22: JAVA22_HOME or Maven on a JDK 22+)");
    }

    @Test
    void shouldPickJnrWhenAskedOnAnyJava() {
        assertEquals("jnr", Backends.choose("jnr").name());
    }

    @Test
    void shouldRefuseAnUnknownOrUnavailableBackend() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Backends.choose("jni"));
        assertTrue(e.getMessage().contains("jnetlink.native"), e.getMessage());
        if (!JAVA_22) {
            assertThrows(IllegalStateException.class, () -> Backends.choose("ffm"));
        }
    }

    @Test
    void shouldAgreeOnAddressesAndErrnoAcrossBackends() {
        ByteBuffer b = ByteBuffer.allocateDirect(64).order(ByteOrder.nativeOrder());
        b.position(8);
        LibC jnr = Backends.choose("jnr");
        LibC chosen = Backends.choose("auto");
        assertEquals(jnr.address(b), chosen.address(b), "address of index 0, whatever the position");
        assertEquals(jnr.addressSize(), chosen.addressSize());
        for (LibC c : new LibC[] {jnr, chosen}) {
            assertEquals(-1, c.close(-1), c.name());
            assertEquals(Errno.EBADF, c.errno(), c.name() + " errno after close(-1)");
            assertEquals(-1, c.unlink("/proc/jnetlink-does-not-exist"), c.name());
            assertEquals(Errno.ENOENT, c.errno(), c.name() + " errno after unlink of a missing file");
        }
    }

    @Test
    void shouldRunTheEventLoopCallsOnBothBackends() {
        // eventfd(2) and epoll(7): EFD_CLOEXEC = EPOLL_CLOEXEC = O_CLOEXEC, EPOLL_CTL_ADD = 1, EPOLLIN = 0x001
        ByteBuffer b = ByteBuffer.allocateDirect(64).order(ByteOrder.nativeOrder());
        for (LibC c : new LibC[] {Backends.choose("jnr"), Backends.choose("auto")}) {
            long a = c.address(b);
            int efd = c.eventfd(0, Native.O_CLOEXEC);
            assertTrue(efd >= 0, c.name() + " eventfd errno " + c.errno());
            int ep = c.epoll_create1(Native.O_CLOEXEC);
            assertTrue(ep >= 0, c.name() + " epoll_create1 errno " + c.errno());
            try {
                b.putInt(0, 0x001);
                b.putLong(8, 0);
                assertEquals(0, c.epoll_ctl(ep, 1, efd, a), c.name() + " epoll_ctl errno " + c.errno());
                assertEquals(0, c.epoll_wait(ep, a + 16, 1, 0), c.name() + ": nothing ready yet");
                b.putLong(32, 5);
                assertEquals(8, c.write(efd, a + 32, 8), c.name() + " write errno " + c.errno());
                assertEquals(1, c.epoll_wait(ep, a + 16, 1, 1_000), c.name() + ": the eventfd is readable");
                assertEquals(0x001, b.getInt(16) & 0x001, c.name() + " EPOLLIN");
                assertEquals(8, c.read(efd, a + 40, 8), c.name() + " read errno " + c.errno());
                assertEquals(5, b.getLong(40), c.name() + " the counter written");
            } finally {
                c.close(ep);
                c.close(efd);
            }
        }
    }
}
