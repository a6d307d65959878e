package io.jnetlink.core;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * An open character device such as {@code /dev/net/tun}, opened inside a network namespace (a
 * tun/tap device appears in the namespace its file was opened in), with the {@code ioctl},
 * {@code read} and {@code write} calls a protocol module needs to drive it. Buffers are direct,
 * as for netlink sockets. Closing it releases the device the file holds.
 */
public final class DeviceFile implements AutoCloseable {
    private final String path;
    private volatile int fd;

    private DeviceFile(String path, int fd) {
        this.path = path;
        this.fd = fd;
    }

    /**
     * Opens {@code path} read-write (close-on-exec) from a thread of {@code namespace}.
     *
     * @param path the device, e.g. {@code /dev/net/tun}
     * @param namespace the network namespace to open it in
     * @return the open file
     * @throws NetlinkException (syscall) with the errno of {@code open}
     */
    public static DeviceFile open(String path, NetNamespace namespace) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(namespace, "namespace");
        int fd = namespace.run(() -> {
            int f = Native.libc().open(path, Native.O_RDWR | Native.O_CLOEXEC, 0);
            if (f < 0) {
                throw Native.failure("open " + path, Native.errno());
            }
            return f;
        });
        return new DeviceFile(path, fd);
    }

    /**
     * {@code ioctl(fd, request, &buffer)}: the request reads or fills the buffer's memory.
     *
     * @param request the ioctl request number
     * @param direct a direct buffer holding the argument struct (e.g. {@code struct ifreq})
     * @param name names the call in errors, e.g. {@code "TUNSETIFF"}
     * @return the call's non-negative result
     * @throws NetlinkException (syscall) with the errno
     */
    public int ioctl(long request, ByteBuffer direct, String name) {
        return check(Native.libc().ioctl(fd(), request, Native.address(direct)), name);
    }

    /**
     * {@code ioctl(fd, request, value)}: the request takes an integer argument.
     *
     * @param request the ioctl request number
     * @param value the argument
     * @param name names the call in errors, e.g. {@code "TUNSETPERSIST"}
     * @return the call's non-negative result
     * @throws NetlinkException (syscall) with the errno
     */
    public int ioctl(long request, long value, String name) {
        return check(Native.libc().ioctl(fd(), request, value), name);
    }

    /**
     * {@code read(fd, buffer + offset, length)}: blocks until data (a frame on a tap) arrives.
     *
     * @param direct the buffer to fill
     * @param offset where to put the data
     * @param length at most this many bytes
     * @return the number of bytes read
     */
    public int read(ByteBuffer direct, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, direct.capacity());
        long n = Native.libc().read(fd(), Native.address(direct) + offset, length);
        return check((int) n, "read");
    }

    /**
     * {@code write(fd, buffer + offset, length)}: sends one frame or packet.
     *
     * @param direct the buffer holding the data
     * @param offset where the data starts
     * @param length its length
     * @return the number of bytes written
     */
    public int write(ByteBuffer direct, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, direct.capacity());
        long n = Native.libc().write(fd(), Native.address(direct) + offset, length);
        return check((int) n, "write");
    }

    /** {@return whether the file is still open} */
    public boolean isOpen() {
        return fd >= 0;
    }

    @Override
    public synchronized void close() {
        if (fd >= 0) {
            Native.libc().close(fd);
            fd = -1;
        }
    }

    private int fd() {
        int f = fd;
        if (f < 0) {
            throw new IllegalStateException(path + " is closed");
        }
        return f;
    }

    private int check(int result, String name) {
        if (result < 0) {
            throw Native.failure(name + " on " + path, Native.errno());
        }
        return result;
    }

    @Override
    public String toString() {
        return "DeviceFile[" + path + (fd >= 0 ? " fd " + fd : " closed") + "]";
    }
}
