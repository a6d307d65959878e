package io.jnetlink.core;

import java.util.Optional;

/**
 * A netlink operation failed: either the kernel refused a request ({@link Source#KERNEL}, from an
 * {@code NLMSG_ERROR} or the {@code NLMSG_DONE} of a dump) or a system call on the socket or
 * namespace failed ({@link Source#SYSCALL}). Unchecked, like {@code UncheckedIOException}.
 *
 * <p>The message reads like {@code RTM_NEWLINK veth-red: EEXIST (File exists)}, followed by the
 * kernel's extended-ACK text when it sent one, e.g.
 * {@code RTM_NEWLINK x: EOPNOTSUPP (Operation not supported): kernel says "Unknown device type"}.
 */
public class NetlinkException extends RuntimeException {
    /** Where the error came from. */
    public enum Source {
        /** The kernel answered the request with an error. */
        KERNEL,
        /** A system call ({@code socket}, {@code sendto}, {@code setns}, {@code mount}, …) failed. */
        SYSCALL
    }

    /** What was attempted (serialized). */
    private final String operation;
    /** The positive errno (serialized). */
    private final int errno;
    /** The extended-ACK text, or null (serialized). */
    private final String kernelMessage;
    /** Offset of the offending attribute, or -1 (serialized). */
    private final int attributeOffset;
    /** The request's sequence number, 0 for syscalls (serialized). */
    private final int sequence;
    /** Kernel or syscall (serialized). */
    private final Source source;

    /**
     * An error with every detail; {@link #kernel} and {@link #syscall} are the usual ways to make one.
     *
     * @param operation       what was attempted, e.g. {@code "RTM_NEWLINK veth-red"}
     * @param errno           the positive errno
     * @param kernelMessage   the extended-ACK text, or null
     * @param attributeOffset offset of the offending attribute in the request, or -1
     * @param sequence        the request's sequence number (0 for syscalls)
     * @param source          kernel or syscall
     */
    public NetlinkException(String operation, int errno, String kernelMessage, int attributeOffset, int sequence,
                            Source source) {
        super(format(operation, errno, kernelMessage, attributeOffset));
        this.operation = operation;
        this.errno = errno;
        this.kernelMessage = kernelMessage;
        this.attributeOffset = attributeOffset;
        this.sequence = sequence;
        this.source = source;
    }

    /**
     * An error the kernel sent in reply to a request.
     *
     * @param operation what was being done, for messages (e.g. {@code "RTM_NEWLINK veth0"})
     * @param errno the positive errno number
     * @param kernelMessage the kernel's extended-ACK text, or null
     * @param attributeOffset offset of the offending attribute in the request, or -1
     * @param sequence the sequence number
     * @return the exception for an error the kernel sent in reply to a request
     */
    public static NetlinkException kernel(String operation, int errno, String kernelMessage, int attributeOffset,
                                          int sequence) {
        return new NetlinkException(operation, errno, kernelMessage, attributeOffset, sequence, Source.KERNEL);
    }

    /**
     * A failed system call.
     *
     * @param operation what was being done, for messages (e.g. {@code "RTM_NEWLINK veth0"})
     * @param errno the positive errno number
     * @return the exception for a failed system call
     */
    public static NetlinkException syscall(String operation, int errno) {
        return new NetlinkException(operation, errno, null, -1, 0, Source.SYSCALL);
    }

    /** {@return the positive errno, e.g. 17 for EEXIST} */
    public int errno() {
        return errno;
    }

    /**
     * The errno's name, e.g. {@code "EEXIST"}.
     *
     * @return the errno's name, e.g. {@code "EEXIST"}
     */
    public String errnoName() {
        return Errno.name(errno);
    }

    /**
     * What was attempted, e.g. {@code "RTM_NEWLINK veth-red"}.
     *
     * @return what was attempted, e.g. {@code "RTM_NEWLINK veth-red"}
     */
    public String operation() {
        return operation;
    }

    /** {@return the kernel's extended-ACK text, when it sent one} */
    public Optional<String> kernelMessage() {
        return Optional.ofNullable(kernelMessage);
    }

    /** {@return offset in the request of the attribute the kernel rejected, or -1 when it did not say} */
    public int attributeOffset() {
        return attributeOffset;
    }

    /** {@return the request's sequence number (0 for a failed system call)} */
    public int sequence() {
        return sequence;
    }

    /** {@return kernel reply or failed system call} */
    public Source source() {
        return source;
    }

    /** {@return true when the kernel answered with this error (as opposed to a failed system call)} */
    public boolean isKernelError() {
        return source == Source.KERNEL;
    }

    private static String format(String operation, int errno, String kernelMessage, int offset) {
        StringBuilder sb = new StringBuilder(operation).append(": ").append(Errno.name(errno))
                .append(" (").append(Errno.description(errno)).append(')');
        if (kernelMessage != null && !kernelMessage.isEmpty()) {
            sb.append(": kernel says \"").append(kernelMessage).append('"');
        }
        if (offset >= 0) {
            sb.append(" [attribute at offset ").append(offset).append(']');
        }
        return sb.toString();
    }
}
