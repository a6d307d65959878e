package io.jnetlink.core.message;

/**
 * Layout of {@code struct nlmsgerr}, the payload of an {@code NLMSG_ERROR} message: a negative
 * errno (0 for an ACK), then the header of the request it answers, then the rest of that request
 * unless {@code NLM_F_CAPPED} is set, then extended-ACK attributes when {@code NLM_F_ACK_TLVS} is set.
 *
 * <pre>
 * +---------------------------------------------------------------+
 * |                     error (s32, -errno)                       |  0
 * +---------------------------------------------------------------+
 * |              msg: struct nlmsghdr of the request (16)         |  4
 * +---------------------------------------------------------------+
 * </pre>
 */
public final class NlMsgErr {
    /** Offset of {@code error} (s32: minus the errno, 0 for an ACK). */
    public static final int ERROR_OFFSET = 0;
    /** Offset of {@code msg}, the header of the request answered. */
    public static final int REQUEST_HEADER_OFFSET = 4;
    /** error + echoed header. */
    public static final int LENGTH = 4 + NlMsgHeader.LENGTH;

    /** {@code NLMSGERR_ATTR_MSG}: the kernel's error text (NUL-terminated string). */
    public static final int ATTR_MSG = 1;
    /** {@code NLMSGERR_ATTR_OFFS}: u32 offset of the offending attribute in the request. */
    public static final int ATTR_OFFS = 2;
    /** {@code NLMSGERR_ATTR_COOKIE}. */
    public static final int ATTR_COOKIE = 3;
    /** {@code NLMSGERR_ATTR_POLICY}. */
    public static final int ATTR_POLICY = 4;
    /** {@code NLMSGERR_ATTR_MISS_TYPE}: u32 type of a missing required attribute. */
    public static final int ATTR_MISS_TYPE = 5;
    /** {@code NLMSGERR_ATTR_MISS_NEST}: u32 offset of the nest missing it. */
    public static final int ATTR_MISS_NEST = 6;

    private NlMsgErr() {
    }
}
