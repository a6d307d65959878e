package io.jnetlink.core;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import jnr.ffi.annotations.In;
import jnr.ffi.types.intptr_t;
import jnr.ffi.types.size_t;
import jnr.ffi.types.ssize_t;

import java.nio.ByteBuffer;

/**
 * {@link LibC} on jnr-ffi (Java 17+). Each group of functions is its own small JNR interface,
 * loaded by a holder class on first use: JNR generates and loads a class per interface, so a
 * process that never enters a namespace never pays for {@code setns}/{@code mount}, and one that
 * never runs an event loop never pays for epoll. The groups are coarser than {@link LibC}'s
 * sections: every JNR load has a fixed cost, so what any first request needs (sockets, their
 * I/O, and {@code open} for {@code /proc/thread-self/ns/net}) is one load. Only this class sees JNR types.
 */
final class JnrLibC implements LibC {
    private static final Runtime RUNTIME = Runtime.getSystemRuntime();

    @Override
    public int errno() {
        return RUNTIME.getLastError();
    }

    @Override
    public long address(ByteBuffer direct) {
        // JNR's wrap includes the buffer's position at wrap time: take it out
        Pointer p = Pointer.wrap(RUNTIME, direct);
        return p.address() - direct.position();
    }

    @Override
    public int addressSize() {
        return RUNTIME.addressSize();
    }

    @Override
    public String name() {
        return "jnr";
    }

    // ---- group "socket" -----------------------------------------------------------------------

    @Override
    public int socket(int domain, int type, int protocol) {
        return Sockets.C.socket(domain, type, protocol);
    }

    @Override
    public int bind(int fd, long addr, int addrlen) {
        return Sockets.C.bind(fd, addr, addrlen);
    }

    @Override
    public int connect(int fd, long addr, int addrlen) {
        return Sockets.C.connect(fd, addr, addrlen);
    }

    @Override
    public int getsockname(int fd, long addr, long addrlenPtr) {
        return Sockets.C.getsockname(fd, addr, addrlenPtr);
    }

    @Override
    public int setsockopt(int fd, int level, int optname, long optval, int optlen) {
        return Sockets.C.setsockopt(fd, level, optname, optval, optlen);
    }

    @Override
    public int getsockopt(int fd, int level, int optname, long optval, long optlenPtr) {
        return Sockets.C.getsockopt(fd, level, optname, optval, optlenPtr);
    }

    @Override
    public int close(int fd) {
        return Sockets.C.close(fd);
    }

    // ---- group "io" ---------------------------------------------------------------------------

    @Override
    public long send(int fd, long buf, long len, int flags) {
        return Sockets.C.send(fd, buf, len, flags);
    }

    @Override
    public long recvmsg(int fd, long msghdr, int flags) {
        return Sockets.C.recvmsg(fd, msghdr, flags);
    }

    @Override
    public int recvmmsg(int fd, long msgvec, int vlen, int flags, long timeout) {
        return Sockets.C.recvmmsg(fd, msgvec, vlen, flags, timeout);
    }

    @Override
    public int poll(long fds, long nfds, int timeout) {
        return Sockets.C.poll(fds, nfds, timeout);
    }

    // ---- group "namespace" --------------------------------------------------------------------

    @Override
    public int open(String path, int flags, int mode) {
        return Sockets.C.open(path, flags, mode);
    }

    @Override
    public int setns(int fd, int nstype) {
        return Namespaces.C.setns(fd, nstype);
    }

    @Override
    public int unshare(int flags) {
        return Namespaces.C.unshare(flags);
    }

    @Override
    public int mount(String source, String target, String fstype, long mountflags, String data) {
        return Namespaces.C.mount(source, target, fstype, mountflags, data);
    }

    @Override
    public int umount2(String target, int flags) {
        return Namespaces.C.umount2(target, flags);
    }

    @Override
    public int unlink(String path) {
        return Namespaces.C.unlink(path);
    }

    @Override
    public int mkdir(String path, int mode) {
        return Namespaces.C.mkdir(path, mode);
    }

    // ---- group "event" ------------------------------------------------------------------------

    @Override
    public int epoll_create1(int flags) {
        return Events.C.epoll_create1(flags);
    }

    @Override
    public int epoll_ctl(int epfd, int op, int fd, long event) {
        return Events.C.epoll_ctl(epfd, op, fd, event);
    }

    @Override
    public int epoll_wait(int epfd, long events, int maxevents, int timeout) {
        return Events.C.epoll_wait(epfd, events, maxevents, timeout);
    }

    @Override
    public int eventfd(int initval, int flags) {
        return Events.C.eventfd(initval, flags);
    }

    @Override
    public long read(int fd, long buf, long count) {
        return Events.C.read(fd, buf, count);
    }

    @Override
    public long write(int fd, long buf, long count) {
        return Events.C.write(fd, buf, count);
    }

    // ---- group "device" -----------------------------------------------------------------------

    @Override
    public int ioctl(int fd, long request, long arg) {
        return Devices.C.ioctl(fd, request, arg);
    }

    // ---- the JNR interfaces, one per group, each loaded on first use ----------------------------
    // Public only in bytecode (JNR's generated classes live in another class loader); as members
    // of this package-private class no other package sees them. Buffers are raw addresses.

    private static <T> T load(Class<T> group) {
        return LibraryLoader.create(group).load("c");
    }

    private static final class Sockets {
        static final SocketCalls C = load(SocketCalls.class);
    }

    private static final class Namespaces {
        static final NamespaceCalls C = load(NamespaceCalls.class);
    }

    private static final class Events {
        static final EventCalls C = load(EventCalls.class);
    }

    private static final class Devices {
        static final DeviceCalls C = load(DeviceCalls.class);
    }

    /** Groups "socket" and "io", and open. */
    public interface SocketCalls {
        int socket(int domain, int type, int protocol);

        int bind(int fd, @intptr_t long addr, int addrlen);

        int connect(int fd, @intptr_t long addr, int addrlen);

        int getsockname(int fd, @intptr_t long addr, @intptr_t long addrlenPtr);

        int setsockopt(int fd, int level, int optname, @intptr_t long optval, int optlen);

        int getsockopt(int fd, int level, int optname, @intptr_t long optval, @intptr_t long optlenPtr);

        int close(int fd);

        @ssize_t long send(int fd, @intptr_t long buf, @size_t long len, int flags);

        @ssize_t long recvmsg(int fd, @intptr_t long msghdr, int flags);

        int recvmmsg(int fd, @intptr_t long msgvec, int vlen, int flags, @intptr_t long timeout);

        int poll(@intptr_t long fds, @size_t long nfds, int timeout);

        int open(@In String path, int flags, int mode);
    }

    /** Group "namespace" (but open). */
    public interface NamespaceCalls {
        int setns(int fd, int nstype);

        int unshare(int flags);

        int mount(@In String source, @In String target, @In String fstype, long mountflags, @In String data);

        int umount2(@In String target, int flags);

        int unlink(@In String path);

        int mkdir(@In String path, int mode);
    }

    /** Group "event". */
    public interface EventCalls {
        int epoll_create1(int flags);

        int epoll_ctl(int epfd, int op, int fd, @intptr_t long event);

        int epoll_wait(int epfd, @intptr_t long events, int maxevents, int timeout);

        int eventfd(int initval, int flags);

        @ssize_t long read(int fd, @intptr_t long buf, @size_t long count);

        @ssize_t long write(int fd, @intptr_t long buf, @size_t long count);
    }

    /** Group "device". */
    public interface DeviceCalls {
        int ioctl(int fd, long request, @intptr_t long arg);
    }
}
