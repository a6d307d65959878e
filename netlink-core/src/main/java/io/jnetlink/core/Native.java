package io.jnetlink.core;

import java.nio.ByteBuffer;

/**
 * The native layer: picks the {@link LibC} backend once, reads errno right after each call (the
 * next native call, even {@code strerror}, overwrites it) and turns failures into
 * {@link NetlinkException}s of kind {@link NetlinkException.Source#SYSCALL}.
 *
 * <p>Backends: the Foreign Function &amp; Memory API on Java 22+ ({@code FfmLibC}, compiled into
 * {@code META-INF/versions/22} of the multi-release jar; it needs no Unsafe and starts faster),
 * jnr-ffi otherwise ({@link JnrLibC}). {@code -Djnetlink.native=jnr} forces JNR on any Java;
 * {@code -Djnetlink.native=ffm} fails at start when FFM is unavailable instead of falling back.
 * Nothing above this class touches JNR or FFM types.
 */
final class Native {
    static final int AF_NETLINK = 16;
    static final int SOCK_RAW = 3;
    /** {@code SOCK_CLOEXEC} = {@code O_CLOEXEC} (02000000 on the generic ABI). */
    static final int SOCK_CLOEXEC = 0x80000;
    static final int SOL_SOCKET = 1;
    static final int SO_SNDBUF = 7;
    static final int SO_RCVBUF = 8;
    static final int SO_SNDBUFFORCE = 32;
    static final int SO_RCVBUFFORCE = 33;
    static final int MSG_PEEK = 0x2;
    static final int MSG_TRUNC = 0x20;
    static final int MSG_DONTWAIT = 0x40;
    static final int POLLIN = 0x1;
    static final int O_RDONLY = 0;
    static final int O_RDWR = 2;
    static final int O_CREAT = 0x40;
    static final int O_EXCL = 0x80;
    static final int O_CLOEXEC = 0x80000;
    static final int CLONE_NEWNET = 0x40000000;
    static final int MS_BIND = 4096;
    static final int MS_REC = 16384;
    static final int MS_SHARED = 1 << 20;
    static final int MNT_DETACH = 2;

    // ---- event loop (issue #13): <sys/epoll.h>, <sys/eventfd.h> --------------------------------
    /** {@code EPOLL_CLOEXEC} = {@code O_CLOEXEC}. */
    static final int EPOLL_CLOEXEC = 0x80000;
    static final int EPOLL_CTL_ADD = 1;
    static final int EPOLL_CTL_DEL = 2;
    static final int EPOLL_CTL_MOD = 3;
    static final int EPOLLIN = 0x001;
    static final int EPOLLERR = 0x008;
    static final int EPOLLHUP = 0x010;
    /** {@code EFD_CLOEXEC} = {@code O_CLOEXEC}; {@code EFD_NONBLOCK} = {@code O_NONBLOCK} (04000). */
    static final int EFD_CLOEXEC = 0x80000;
    static final int EFD_NONBLOCK = 0x800;

    static final int EINTR = 4;
    static final int EAGAIN = 11;
    static final int EINVAL = 22;

    private static final LibC LIBC = Backends.choose(System.getProperty("jnetlink.native", "auto"));

    private Native() {
    }

    /** Size of a pointer (and of size_t) in this process: 8 on 64-bit ABIs, 4 on 32-bit ones. */
    static final int ADDRESS_SIZE = LIBC.addressSize();

    static LibC libc() {
        return LIBC;
    }

    /** errno of the last call on this thread; read it at once after the failing call. */
    static int errno() {
        return LIBC.errno();
    }

    /** {@return the backend in use: {@code "ffm"} or {@code "jnr"}} */
    static String backend() {
        return LIBC.name();
    }

    /**
     * The address of a direct buffer's first byte (index 0, whatever its position); callers add
     * explicit offsets and keep the buffer reachable while the address is in use.
     */
    static long address(ByteBuffer direct) {
        if (!direct.isDirect()) {
            throw new IllegalArgumentException("netlink I/O needs a direct ByteBuffer");
        }
        return LIBC.address(direct);
    }

    /** Writes a pointer or size_t of this ABI's width. */
    static void putAddress(ByteBuffer buffer, int offset, long value) {
        if (ADDRESS_SIZE == 8) {
            buffer.putLong(offset, value);
        } else {
            buffer.putInt(offset, (int) value);
        }
    }

    /** A syscall failure with the errno just read. */
    static NetlinkException failure(String operation, int errno) {
        return NetlinkException.syscall(operation, errno);
    }
}
