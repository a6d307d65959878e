package io.jnetlink.core;

import java.nio.ByteBuffer;

/**
 * The libc functions the library calls, as one backend-neutral interface: {@link JnrLibC} (jnr-ffi,
 * Java 17+) and {@code FfmLibC} (the Foreign Function &amp; Memory API, Java 22+, in
 * {@code META-INF/versions/22} of the jar) implement it; {@link Native} picks one at run time.
 *
 * <p>Results are libc's: -1 on failure, and {@link #errno()} (read at once, before any other
 * native call on the thread) says why. Memory is passed as raw addresses of direct ByteBuffers
 * ({@link #address(ByteBuffer)}), so no byte[] is copied. Every function takes at most five
 * arguments: jffi's six-argument invoker passed a bad last argument on this JVM.
 *
 * <p>Adding a function: declare it here, then add one line to each backend's group of the same
 * name (a JNR interface method, an FFM {@code FunctionDescriptor}). Each backend binds a group
 * on its first call, so a caller pays only for the functions it uses.
 */
interface LibC {
    /** {@return errno of this thread's last call through this backend} */
    int errno();

    /**
     * {@return the address of a direct buffer's first byte (index 0, whatever its position)}
     *
     * @param direct a direct buffer, kept reachable by the caller while the address is in use
     */
    long address(ByteBuffer direct);

    /** {@return the size of a pointer (and of size_t) in bytes} */
    int addressSize();

    /** {@return the backend's name, e.g. {@code "jnr"} or {@code "ffm"}} */
    String name();

    // ---- sockets (group "socket"): opening, options, closing ------------------------------------

    /** socket(2). @param domain AF_* @param type SOCK_* @param protocol protocol @return fd or -1 */
    int socket(int domain, int type, int protocol);

    /** bind(2). @param fd socket @param addr sockaddr address @param addrlen its length @return 0 or -1 */
    int bind(int fd, long addr, int addrlen);

    /** connect(2). @param fd socket @param addr sockaddr address @param addrlen its length @return 0 or -1 */
    int connect(int fd, long addr, int addrlen);

    /** getsockname(2). @param fd socket @param addr sockaddr out @param addrlenPtr socklen_t in/out @return 0 or -1 */
    int getsockname(int fd, long addr, long addrlenPtr);

    /** setsockopt(2). @param fd socket @param level level @param optname option @param optval value address @param optlen value length @return 0 or -1 */
    int setsockopt(int fd, int level, int optname, long optval, int optlen);

    /** getsockopt(2). @param fd socket @param level level @param optname option @param optval value out @param optlenPtr socklen_t in/out @return 0 or -1 */
    int getsockopt(int fd, int level, int optname, long optval, long optlenPtr);

    /** close(2). @param fd descriptor @return 0 or -1 */
    int close(int fd);

    // ---- socket I/O (group "io"): the hot path -----------------------------------------------

    /** send(2). @param fd socket @param buf data address @param len bytes @param flags MSG_* @return bytes sent or -1 */
    long send(int fd, long buf, long len, int flags);

    /** recvmsg(2). @param fd socket @param msghdr struct msghdr address @param flags MSG_* @return bytes or -1 */
    long recvmsg(int fd, long msghdr, int flags);

    /**
     * recvmmsg(2).
     *
     * @param fd socket
     * @param msgvec array of struct mmsghdr
     * @param vlen its length
     * @param flags MSG_*
     * @param timeout struct timespec address, or 0
     * @return datagrams received or -1
     */
    int recvmmsg(int fd, long msgvec, int vlen, int flags, long timeout);

    /** poll(2). @param fds struct pollfd array @param nfds its length @param timeout milliseconds @return ready count, 0 or -1 */
    int poll(long fds, long nfds, int timeout);

    // ---- namespaces and files (group "namespace") -------------------------------------------

    /** open(2). @param path path @param flags O_* @param mode mode for O_CREAT @return fd or -1 */
    int open(String path, int flags, int mode);

    /** setns(2). @param fd namespace fd @param nstype CLONE_NEW* @return 0 or -1 */
    int setns(int fd, int nstype);

    /** unshare(2). @param flags CLONE_* @return 0 or -1 */
    int unshare(int flags);

    /** mount(2). @param source source @param target target @param fstype type @param mountflags MS_* @param data options or null @return 0 or -1 */
    int mount(String source, String target, String fstype, long mountflags, String data);

    /** umount2(2). @param target mount point @param flags MNT_* @return 0 or -1 */
    int umount2(String target, int flags);

    /** unlink(2). @param path path @return 0 or -1 */
    int unlink(String path);

    /** mkdir(2). @param path path @param mode mode @return 0 or -1 */
    int mkdir(String path, int mode);

    // ---- event loop (group "event"): epoll, eventfd, read, write ------------------------------

    /** epoll_create1(2). @param flags EPOLL_CLOEXEC or 0 @return epoll fd or -1 */
    int epoll_create1(int flags);

    /** epoll_ctl(2). @param epfd epoll fd @param op EPOLL_CTL_* @param fd target fd @param event struct epoll_event address @return 0 or -1 */
    int epoll_ctl(int epfd, int op, int fd, long event);

    /** epoll_wait(2). @param epfd epoll fd @param events struct epoll_event array @param maxevents its length @param timeout milliseconds @return ready count, 0 or -1 */
    int epoll_wait(int epfd, long events, int maxevents, int timeout);

    /** eventfd(2). @param initval initial value @param flags EFD_* @return fd or -1 */
    int eventfd(int initval, int flags);

    /** read(2). @param fd descriptor @param buf buffer address @param count bytes @return bytes read or -1 */
    long read(int fd, long buf, long count);

    /** write(2). @param fd descriptor @param buf data address @param count bytes @return bytes written or -1 */
    long write(int fd, long buf, long count);

    // ---- character devices (group "device"): /dev/net/tun for ip tuntap ------------------------

    /**
     * ioctl(2); variadic in C, its third argument is passed as one word, which every ABI puts where
     * a fixed one goes. @param fd descriptor @param request the request number @param arg an
     * integer or the address of a buffer @return the request's result or -1
     */
    int ioctl(int fd, long request, long arg);
}
