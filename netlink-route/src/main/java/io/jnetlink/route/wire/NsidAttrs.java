package io.jnetlink.route.wire;

/**
 * Namespace-id messages: {@code struct rtgenmsg} (one byte, padded to 4 as iproute2 sends it)
 * and {@code NETNSA_*} from {@code <linux/net_namespace.h>}.
 */
public final class NsidAttrs {
    /** The header: {@code struct rtgenmsg} {@code rtgen_family} plus alignment. */
    public static final int HEADER_LENGTH = 4;
    /** {@code RTM_NEWNSID} = 88. */
    public static final int RTM_NEWNSID = 88;
    /** {@code RTM_DELNSID} = 89. */
    public static final int RTM_DELNSID = 89;
    /** {@code RTM_GETNSID} = 90. */
    public static final int RTM_GETNSID = 90;
    /** {@code NETNSA_NSID} (s32). */
    public static final int NETNSA_NSID = 1;
    /** {@code NETNSA_PID} (u32). */
    public static final int NETNSA_PID = 2;
    /** {@code NETNSA_FD} (u32). */
    public static final int NETNSA_FD = 3;
    /** {@code NETNSA_TARGET_NSID} (s32). */
    public static final int NETNSA_TARGET_NSID = 4;
    /** {@code NETNSA_CURRENT_NSID} (s32). */
    public static final int NETNSA_CURRENT_NSID = 5;
    /** {@code NETNSA_NSID_NOT_ASSIGNED} = -1. */
    public static final int NSID_NOT_ASSIGNED = -1;

    private NsidAttrs() {
    }
}
