package io.jnetlink.diag;

/** The type of a UNIX socket ({@code udiag_type}), with the {@code Netid} {@code ss -x} prints. */
public enum UnixSocketType {
    /** {@code SOCK_STREAM = 1} ({@code u_str}). */
    STREAM(1, "u_str"),
    /** {@code SOCK_DGRAM = 2} ({@code u_dgr}). */
    DGRAM(2, "u_dgr"),
    /** {@code SOCK_SEQPACKET = 5} ({@code u_seq}). */
    SEQPACKET(5, "u_seq"),
    /** A value this version does not know. */
    UNKNOWN(-1, "u_???");

    private final int value;
    private final String netid;

    UnixSocketType(int value, String netid) {
        this.value = value;
        this.netid = netid;
    }

    /** {@return the kernel's {@code SOCK_*} number, -1 for {@link #UNKNOWN}} */
    public int value() {
        return value;
    }

    /** {@return the {@code Netid} column of {@code ss -x}} */
    public String netid() {
        return netid;
    }

    /**
     * The type of a kernel number; never throws.
     *
     * @param value {@code udiag_type}
     * @return the type, {@link #UNKNOWN} when not known
     */
    public static UnixSocketType of(int value) {
        for (UnixSocketType t : values()) {
            if (t.value == value) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
