package io.jnetlink.core;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link DeviceFile}: syscall failures carry the errno, a closed file is refused, I/O goes through direct buffers. */
class DeviceFileTest {
    @Test
    void shouldReportTheErrnoOfAFailedOpen() {
        try (NetNamespace here = NetNamespace.current()) {
            NetlinkException e = assertThrows(NetlinkException.class, () -> DeviceFile.open("/nonexistent/device", here));
            assertEquals(Errno.ENOENT, e.errno());
            assertEquals(NetlinkException.Source.SYSCALL, e.source());
        }
    }

    @Test
    void shouldReadAndWriteThroughDirectBuffersAndRefuseAClosedFile() {
        try (NetNamespace here = NetNamespace.current()) {
            DeviceFile zero = DeviceFile.open("/dev/zero", here);
            ByteBuffer b = ByteBuffer.allocateDirect(16);
            b.put(3, (byte) 7);
            assertEquals(8, zero.read(b, 0, 8));
            assertEquals(0, b.get(3), "read from /dev/zero fills zeros");
            DeviceFile nul = DeviceFile.open("/dev/null", here);
            assertEquals(16, nul.write(b, 0, 16));
            NetlinkException notTty = assertThrows(NetlinkException.class, () -> nul.ioctl(0x5401 /* TCGETS */, b, "TCGETS"));
            assertEquals(25, notTty.errno()); // ENOTTY
            nul.close();
            zero.close();
            assertFalse(zero.isOpen());
            assertThrows(IllegalStateException.class, () -> zero.read(b, 0, 1));
            assertThrows(IndexOutOfBoundsException.class, () -> nul.write(b, 10, 10));
        }
    }
}
