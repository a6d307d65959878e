package io.jnetlink.core;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import jnr.ffi.annotations.In;
import jnr.ffi.types.intptr_t;
import jnr.ffi.types.size_t;

import java.nio.ByteBuffer;

/**
 * The native layer: loads {@link LibC} once, reads errno right after each call (the next native
 * call, even {@code strerror}, overwrites it) and turns failures into {@link NetlinkException}s of
 * kind {@link NetlinkException.Source#SYSCALL}. Only this class sees JNR types.
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

    private static final LibC LIBC = LibraryLoader.create(LibC.class).load("c");
    private static final Runtime RUNTIME = Runtime.getRuntime(LIBC);

    private Native() {
    }

    /** Size of a pointer (and of size_t) in this process: 8 on 64-bit ABIs, 4 on 32-bit ones. */
    static final int ADDRESS_SIZE = RUNTIME.addressSize();

    static LibC libc() {
        return LIBC;
    }

    /** errno of the last call on this thread; read it at once after the failing call. */
    static int errno() {
        return RUNTIME.getLastError();
    }

    /**
     * The address of a direct buffer's first byte. JNR's wrap includes the buffer's position at
     * wrap time, so the position is taken out; callers add explicit offsets and keep the buffer
     * reachable while the address is in use.
     */
    static long address(ByteBuffer direct) {
        if (!direct.isDirect()) {
            throw new IllegalArgumentException("netlink I/O needs a direct ByteBuffer");
        }
        Pointer p = Pointer.wrap(RUNTIME, direct);
        return p.address() - direct.position();
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

    /**
     * The one JNR interface to libc. Public only in bytecode (JNR's generated class lives in
     * another class loader); as a member of this package-private class no other package sees it.
     * Buffers are passed as raw addresses ({@code intptr_t}) of direct ByteBuffers: no byte[] is
     * copied. No function here takes six arguments: jffi's six-argument invoker passed a bad last
     * argument on this JVM (recvfrom's addrlen pointer), so recvmsg with a msghdr is used instead.
     */
    public interface LibC {
        int socket(int domain, int type, int protocol);

        int bind(int fd, @intptr_t long addr, int addrlen);

        int connect(int fd, @intptr_t long addr, int addrlen);

        int getsockname(int fd, @intptr_t long addr, @intptr_t long addrlenPtr);

        int setsockopt(int fd, int level, int optname, @intptr_t long optval, int optlen);

        int getsockopt(int fd, int level, int optname, @intptr_t long optval, @intptr_t long optlenPtr);

        long send(int fd, @intptr_t long buf, @size_t long len, int flags);

        long recvmsg(int fd, @intptr_t long msghdr, int flags);

        int poll(@intptr_t long fds, long nfds, int timeout);

        int close(int fd);

        int open(@In String path, int flags, int mode);

        int setns(int fd, int nstype);

        int unshare(int flags);

        int mount(@In String source, @In String target, @In String fstype, long mountflags, @In String data);

        int umount2(@In String target, int flags);

        int unlink(@In String path);

        int mkdir(@In String path, int mode);

        // ---- event loop (issue #13): epoll and eventfd, used only by Epoll ----------------------

        int epoll_create1(int flags);

        int epoll_ctl(int epfd, int op, int fd, @intptr_t long event);

        int epoll_wait(int epfd, @intptr_t long events, int maxevents, int timeout);

        int eventfd(int initval, int flags);

        // ---- character devices (DeviceFile: /dev/net/tun for ip tuntap). ioctl is variadic in C;
        // its third argument is passed as one integer/pointer, which every ABI puts where a fixed one goes.

        long read(int fd, @intptr_t long buf, @size_t long count);

        long write(int fd, @intptr_t long buf, @size_t long count);

        int ioctl(int fd, long request, @intptr_t long arg);
    }
}
