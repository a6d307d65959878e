package io.jnetlink.core;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Test-only access to the package-private native layer, for fixtures in other packages of the
 * core test-jar (they are used by other modules' tests, which cannot see this package's
 * package-private members).
 */
public final class TestNative {
    private TestNative() {
    }

    /**
     * {@code connect(2)}s {@code socket} to the netlink port {@code portId}, so what it sends goes
     * to that (user-space) socket instead of the kernel.
     *
     * @param socket the socket to connect
     * @param portId the destination port id
     * @throws NetlinkException (syscall) if connect fails
     */
    public static void connectNetlink(NetlinkSocket socket, int portId) {
        ByteBuffer addr = ByteBuffer.allocateDirect(12).order(ByteOrder.nativeOrder());
        addr.putShort(0, (short) Native.AF_NETLINK);
        addr.putInt(4, portId);
        if (Native.libc().connect(socket.fd(), Native.address(addr), 12) != 0) {
            int errno = Native.errno();
            throw NetlinkException.syscall("connect(netlink socket -> port " + portId + ")", errno);
        }
    }
}
