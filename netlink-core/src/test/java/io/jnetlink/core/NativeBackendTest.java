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
}
