package io.jnetlink.route;

/**
 * RFC 2863 operational state of a link ({@code IFLA_OPERSTATE}, {@code IF_OPER_*} in
 * {@code <linux/if.h>}), as {@code ip link} prints it after {@code state}. Unknown numbers map to
 * {@link #UNKNOWN}; the raw number is kept in {@link Link#operStateRaw()}.
 */
public enum OperState {
    /** {@code IF_OPER_UNKNOWN} (0). */
    UNKNOWN,
    /** {@code IF_OPER_NOTPRESENT} (1). */
    NOTPRESENT,
    /** {@code IF_OPER_DOWN} (2). */
    DOWN,
    /** {@code IF_OPER_LOWERLAYERDOWN} (3). */
    LOWERLAYERDOWN,
    /** {@code IF_OPER_TESTING} (4). */
    TESTING,
    /** {@code IF_OPER_DORMANT} (5). */
    DORMANT,
    /** {@code IF_OPER_UP} (6). */
    UP;

    private static final OperState[] VALUES = values();

    /**
     * The state of {@code IF_OPER_*} number {@code raw}; {@link #UNKNOWN} for numbers it does not know.
     *
     * @param raw the {@code IF_OPER_*} value
     * @return the state
     */
    public static OperState of(int raw) {
        return raw >= 0 && raw < VALUES.length ? VALUES[raw] : UNKNOWN;
    }
}
