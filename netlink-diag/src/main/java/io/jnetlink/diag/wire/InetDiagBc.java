package io.jnetlink.diag.wire;

/**
 * The filter program of {@code INET_DIAG_REQ_BYTECODE} ({@code <linux/inet_diag.h>}): a sequence
 * of {@code struct inet_diag_bc_op} commands, each a conditional forward jump to {@code cc+yes}
 * or {@code cc+no}; running exactly to the end accepts the socket, jumping past it rejects.
 *
 * <pre>
 * struct inet_diag_bc_op:          struct inet_diag_hostcond:
 * +--------+--------+---------+    +--------+------------+------+----------+----------+
 * | code u8| yes u8 | no u16  |    | family | prefix_len | pad2 | port s32 | addr[]   |
 * +--------+--------+---------+    +--------+------------+------+----------+----------+
 *                                   0        1            2      4          8
 * </pre>
 */
public final class InetDiagBc {
    /** {@code sizeof(struct inet_diag_bc_op)}. */
    public static final int OP_LENGTH = 4;
    /** {@code sizeof(struct inet_diag_hostcond)} without its address. */
    public static final int HOSTCOND_LENGTH = 8;
    /** {@code sizeof(struct inet_diag_markcond)}. */
    public static final int MARKCOND_LENGTH = 8;

    /** {@code INET_DIAG_BC_NOP}. */
    public static final int NOP = 0;
    /** {@code INET_DIAG_BC_JMP}: always takes {@code no}. */
    public static final int JMP = 1;
    /** {@code INET_DIAG_BC_S_GE}: source port &gt;= the port in the next op's {@code no}. */
    public static final int S_GE = 2;
    /** {@code INET_DIAG_BC_S_LE}. */
    public static final int S_LE = 3;
    /** {@code INET_DIAG_BC_D_GE}. */
    public static final int D_GE = 4;
    /** {@code INET_DIAG_BC_D_LE}. */
    public static final int D_LE = 5;
    /** {@code INET_DIAG_BC_AUTO}: the source port was bound automatically. */
    public static final int AUTO = 6;
    /** {@code INET_DIAG_BC_S_COND}: source matches a {@code hostcond} (prefix and port). */
    public static final int S_COND = 7;
    /** {@code INET_DIAG_BC_D_COND}. */
    public static final int D_COND = 8;
    /** {@code INET_DIAG_BC_DEV_COND}: u32 ifindex follows. */
    public static final int DEV_COND = 9;
    /** {@code INET_DIAG_BC_MARK_COND}: {@code struct inet_diag_markcond} follows. */
    public static final int MARK_COND = 10;
    /** {@code INET_DIAG_BC_S_EQ}. */
    public static final int S_EQ = 11;
    /** {@code INET_DIAG_BC_D_EQ}. */
    public static final int D_EQ = 12;

    private InetDiagBc() {
    }
}
