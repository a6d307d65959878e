package io.jnetlink.diag.wire;

/**
 * Layout of {@code struct inet_diag_req_v2} ({@code <linux/inet_diag.h>}), the request of inet
 * socket dumps and of {@code SOCK_DESTROY}; its {@code id} is an {@link InetDiagSockId}.
 *
 * <pre>
 * +-----------------+-----------------+-----------+--------------------+
 * | sdiag_family u8 | sdiag_protocol  | idiag_ext | sdiag_raw_protocol |  0
 * +-----------------+-----------------+-----------+--------------------+
 * |                       idiag_states (u32)                           |  4
 * +--------------------------------------------------------------------+
 * |                struct inet_diag_sockid id (48 bytes)               |  8
 * +--------------------------------------------------------------------+
 * </pre>
 */
public final class InetDiagReq {
    /** {@code sizeof(struct inet_diag_req_v2)}. */
    public static final int LENGTH = 56;
    /** Offset of {@code sdiag_family}. */
    public static final int FAMILY_OFFSET = 0;
    /** Offset of {@code sdiag_protocol}. */
    public static final int PROTOCOL_OFFSET = 1;
    /** Offset of {@code idiag_ext}: bit {@code (INET_DIAG_x - 1)} asks for extension x. */
    public static final int EXT_OFFSET = 2;
    /** Offset of {@code sdiag_raw_protocol} ({@code pad} in {@code inet_diag_req_v2}). */
    public static final int RAW_PROTOCOL_OFFSET = 3;
    /** Offset of {@code idiag_states}: bit {@code 1 << TCP_x} selects state x. */
    public static final int STATES_OFFSET = 4;
    /** Offset of {@code id}. */
    public static final int ID_OFFSET = 8;

    /** {@code INET_DIAG_REQ_BYTECODE}: request attribute holding the filter program. */
    public static final int INET_DIAG_REQ_BYTECODE = 1;
    /** {@code INET_DIAG_REQ_SK_BPF_STORAGES}. */
    public static final int INET_DIAG_REQ_SK_BPF_STORAGES = 2;
    /** {@code INET_DIAG_REQ_PROTOCOL}: request attribute with a 32-bit protocol (e.g. MPTCP). */
    public static final int INET_DIAG_REQ_PROTOCOL = 3;

    private InetDiagReq() {
    }
}
