package io.jnetlink.core;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;

/**
 * {@link LibC} on the Foreign Function &amp; Memory API (Java 22+): no JNI stub, no Unsafe, no
 * generated classes. Compiled into {@code META-INF/versions/22} of the multi-release jar and
 * picked by {@link Backends} on Java 22+.
 *
 * <p>Each function is linked on its first call (one holder class per function), so a request pays
 * for the handful it uses. errno is captured by the linker into a per-thread segment
 * ({@code Linker.Option.captureCallState("errno")}) and read by {@link #errno()}. Pointers and
 * {@code size_t} travel as {@code long}: this backend is for 64-bit ABIs (it refuses to start on
 * others and JNR is used). Restricted methods: run with {@code --enable-native-access=io.jnetlink.core}
 * (module path) or {@code ALL-UNNAMED} (class path) to silence the JDK's warning.
 */
final class FfmLibC implements LibC {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout STATE_LAYOUT = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = STATE_LAYOUT.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");
    /** errno capture per thread (an anonymous class, not a lambda: one class fewer to spin at start) */
    private static final ThreadLocal<MemorySegment> STATE = new ThreadLocal<>() {
        @Override
        protected MemorySegment initialValue() {
            return Arena.ofAuto().allocate(STATE_LAYOUT);
        }
    };
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    /** pointers, size_t, ssize_t, nfds_t and unsigned long: 64 bits on the ABIs this backend accepts */
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG;
    private static final ValueLayout STRING = ValueLayout.ADDRESS;

    FfmLibC() {
        if (ValueLayout.ADDRESS.byteSize() != 8) {
            throw new UnsupportedOperationException("the FFM backend needs a 64-bit ABI");
        }
    }

    private static MethodHandle bind(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        java.util.Optional<MemorySegment> found = LINKER.defaultLookup().find(name);
        if (found.isEmpty()) {
            throw new UnsatisfiedLinkError("libc has no " + name);
        }
        MemorySegment symbol = found.get();
        Linker.Option[] all = new Linker.Option[options.length + 1];
        all[0] = CAPTURE_ERRNO;
        System.arraycopy(options, 0, all, 1, options.length);
        return LINKER.downcallHandle(symbol, descriptor, all);
    }

    private static MemorySegment state() {
        return STATE.get();
    }

    private static MemorySegment string(Arena arena, String s) {
        return s == null ? MemorySegment.NULL : arena.allocateFrom(s);
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("native call failed", t);
    }

    @Override
    public int errno() {
        return (int) ERRNO.get(state(), 0L);
    }

    @Override
    public long address(ByteBuffer direct) {
        return MemorySegment.ofBuffer(direct).address() - direct.position();
    }

    @Override
    public int addressSize() {
        return (int) ValueLayout.ADDRESS.byteSize();
    }

    @Override
    public String name() {
        return "ffm";
    }

    // ---- group "socket" -----------------------------------------------------------------------

    @Override
    public int socket(int domain, int type, int protocol) {
        try {
            return (int) Socket.H.invokeExact(state(), domain, type, protocol);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int bind(int fd, long addr, int addrlen) {
        try {
            return (int) Bind.H.invokeExact(state(), fd, addr, addrlen);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int connect(int fd, long addr, int addrlen) {
        try {
            return (int) Connect.H.invokeExact(state(), fd, addr, addrlen);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int getsockname(int fd, long addr, long addrlenPtr) {
        try {
            return (int) GetSockName.H.invokeExact(state(), fd, addr, addrlenPtr);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int setsockopt(int fd, int level, int optname, long optval, int optlen) {
        try {
            return (int) SetSockOpt.H.invokeExact(state(), fd, level, optname, optval, optlen);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int getsockopt(int fd, int level, int optname, long optval, long optlenPtr) {
        try {
            return (int) GetSockOpt.H.invokeExact(state(), fd, level, optname, optval, optlenPtr);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int close(int fd) {
        try {
            return (int) Close.H.invokeExact(state(), fd);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    // ---- group "io" ---------------------------------------------------------------------------

    @Override
    public long send(int fd, long buf, long len, int flags) {
        try {
            return (long) Send.H.invokeExact(state(), fd, buf, len, flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public long recvmsg(int fd, long msghdr, int flags) {
        try {
            return (long) RecvMsg.H.invokeExact(state(), fd, msghdr, flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int recvmmsg(int fd, long msgvec, int vlen, int flags, long timeout) {
        try {
            return (int) RecvMmsg.H.invokeExact(state(), fd, msgvec, vlen, flags, timeout);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int poll(long fds, long nfds, int timeout) {
        try {
            return (int) Poll.H.invokeExact(state(), fds, nfds, timeout);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    // ---- group "namespace" --------------------------------------------------------------------

    @Override
    public int open(String path, int flags, int mode) {
        try (Arena arena = Arena.ofConfined()) {
            return (int) Open.H.invokeExact(state(), string(arena, path), flags, mode);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int setns(int fd, int nstype) {
        try {
            return (int) SetNs.H.invokeExact(state(), fd, nstype);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int unshare(int flags) {
        try {
            return (int) Unshare.H.invokeExact(state(), flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int mount(String source, String target, String fstype, long mountflags, String data) {
        try (Arena arena = Arena.ofConfined()) {
            return (int) Mount.H.invokeExact(state(), string(arena, source), string(arena, target),
                    string(arena, fstype), mountflags, string(arena, data));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int umount2(String target, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            return (int) Umount2.H.invokeExact(state(), string(arena, target), flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int unlink(String path) {
        try (Arena arena = Arena.ofConfined()) {
            return (int) Unlink.H.invokeExact(state(), string(arena, path));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int mkdir(String path, int mode) {
        try (Arena arena = Arena.ofConfined()) {
            return (int) Mkdir.H.invokeExact(state(), string(arena, path), mode);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    // ---- group "event" ------------------------------------------------------------------------

    @Override
    public int epoll_create1(int flags) {
        try {
            return (int) EpollCreate1.H.invokeExact(state(), flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int epoll_ctl(int epfd, int op, int fd, long event) {
        try {
            return (int) EpollCtl.H.invokeExact(state(), epfd, op, fd, event);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int epoll_wait(int epfd, long events, int maxevents, int timeout) {
        try {
            return (int) EpollWait.H.invokeExact(state(), epfd, events, maxevents, timeout);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int eventfd(int initval, int flags) {
        try {
            return (int) EventFd.H.invokeExact(state(), initval, flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public long read(int fd, long buf, long count) {
        try {
            return (long) Read.H.invokeExact(state(), fd, buf, count);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public long write(int fd, long buf, long count) {
        try {
            return (long) Write.H.invokeExact(state(), fd, buf, count);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int ioctl(int fd, long request, long arg) {
        try {
            return (int) Ioctl.H.invokeExact(state(), fd, request, arg);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    // ---- one holder per function: linked on first call ------------------------------------------

    private static final class Socket {
        static final MethodHandle H = bind("socket", FunctionDescriptor.of(INT, INT, INT, INT));
    }

    private static final class Bind {
        static final MethodHandle H = bind("bind", FunctionDescriptor.of(INT, INT, WORD, INT));
    }

    private static final class Connect {
        static final MethodHandle H = bind("connect", FunctionDescriptor.of(INT, INT, WORD, INT));
    }

    private static final class GetSockName {
        static final MethodHandle H = bind("getsockname", FunctionDescriptor.of(INT, INT, WORD, WORD));
    }

    private static final class SetSockOpt {
        static final MethodHandle H = bind("setsockopt", FunctionDescriptor.of(INT, INT, INT, INT, WORD, INT));
    }

    private static final class GetSockOpt {
        static final MethodHandle H = bind("getsockopt", FunctionDescriptor.of(INT, INT, INT, INT, WORD, WORD));
    }

    private static final class Close {
        static final MethodHandle H = bind("close", FunctionDescriptor.of(INT, INT));
    }

    private static final class Send {
        static final MethodHandle H = bind("send", FunctionDescriptor.of(WORD, INT, WORD, WORD, INT));
    }

    private static final class RecvMsg {
        static final MethodHandle H = bind("recvmsg", FunctionDescriptor.of(WORD, INT, WORD, INT));
    }

    private static final class RecvMmsg {
        static final MethodHandle H = bind("recvmmsg", FunctionDescriptor.of(INT, INT, WORD, INT, INT, WORD));
    }

    private static final class Poll {
        static final MethodHandle H = bind("poll", FunctionDescriptor.of(INT, WORD, WORD, INT));
    }

    private static final class Open {
        // open(const char *path, int flags, ...): the mode is variadic
        static final MethodHandle H = bind("open", FunctionDescriptor.of(INT, STRING, INT, INT),
                Linker.Option.firstVariadicArg(2));
    }

    private static final class SetNs {
        static final MethodHandle H = bind("setns", FunctionDescriptor.of(INT, INT, INT));
    }

    private static final class Unshare {
        static final MethodHandle H = bind("unshare", FunctionDescriptor.of(INT, INT));
    }

    private static final class Mount {
        static final MethodHandle H = bind("mount", FunctionDescriptor.of(INT, STRING, STRING, STRING, WORD, STRING));
    }

    private static final class Umount2 {
        static final MethodHandle H = bind("umount2", FunctionDescriptor.of(INT, STRING, INT));
    }

    private static final class Unlink {
        static final MethodHandle H = bind("unlink", FunctionDescriptor.of(INT, STRING));
    }

    private static final class Mkdir {
        static final MethodHandle H = bind("mkdir", FunctionDescriptor.of(INT, STRING, INT));
    }

    private static final class EpollCreate1 {
        static final MethodHandle H = bind("epoll_create1", FunctionDescriptor.of(INT, INT));
    }

    private static final class EpollCtl {
        static final MethodHandle H = bind("epoll_ctl", FunctionDescriptor.of(INT, INT, INT, INT, WORD));
    }

    private static final class EpollWait {
        static final MethodHandle H = bind("epoll_wait", FunctionDescriptor.of(INT, INT, WORD, INT, INT));
    }

    private static final class EventFd {
        static final MethodHandle H = bind("eventfd", FunctionDescriptor.of(INT, INT, INT));
    }

    private static final class Read {
        static final MethodHandle H = bind("read", FunctionDescriptor.of(WORD, INT, WORD, WORD));
    }

    private static final class Write {
        static final MethodHandle H = bind("write", FunctionDescriptor.of(WORD, INT, WORD, WORD));
    }

    private static final class Ioctl {
        // variadic in C: the third argument is a variadic word (Linker.Option.firstVariadicArg(2))
        static final MethodHandle H = bind("ioctl", FunctionDescriptor.of(INT, INT, WORD, WORD), Linker.Option.firstVariadicArg(2));
    }
}
