package io.jnetlink.route;

import io.jnetlink.route.wire.FibRuleHdr;

/** What a policy-routing rule does, {@code fib_rule_hdr.action} ({@code FR_ACT_*}). */
public enum RuleAction {
    /** {@code FR_ACT_UNSPEC} ({@code ip rule ... unspec}). */
    UNSPEC(FibRuleHdr.FR_ACT_UNSPEC, "unspec"),
    /** {@code lookup TABLE}. */
    TO_TABLE(FibRuleHdr.FR_ACT_TO_TBL, "lookup"),
    /** {@code goto PRIORITY}. */
    GOTO(FibRuleHdr.FR_ACT_GOTO, "goto"),
    /** {@code nop}. */
    NOP(FibRuleHdr.FR_ACT_NOP, "nop"),
    /** {@code blackhole}: drop silently. */
    BLACKHOLE(FibRuleHdr.FR_ACT_BLACKHOLE, "blackhole"),
    /** {@code unreachable}: drop with ENETUNREACH. */
    UNREACHABLE(FibRuleHdr.FR_ACT_UNREACHABLE, "unreachable"),
    /** {@code prohibit}: drop with EACCES. */
    PROHIBIT(FibRuleHdr.FR_ACT_PROHIBIT, "prohibit"),
    /** A value this library does not know; {@link Rule#actionRaw()} keeps the number. */
    UNKNOWN(-1, "unknown");

    private final int raw;
    private final String ipName;

    RuleAction(int raw, String ipName) {
        this.raw = raw;
        this.ipName = ipName;
    }

    /** {@return the {@code FR_ACT_*} number} */
    public int raw() {
        return raw;
    }

    /** {@return the word {@code ip rule} prints for it} */
    public String ipName() {
        return ipName;
    }

    /**
     * The action of an {@code FR_ACT_*} number; {@link #UNKNOWN} for any other.
     *
     * @param raw the kernel value
     * @return the action
     */
    public static RuleAction of(int raw) {
        for (RuleAction a : values()) {
            if (a.raw == raw) {
                return a;
            }
        }
        return UNKNOWN;
    }
}
