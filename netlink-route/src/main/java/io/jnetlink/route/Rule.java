package io.jnetlink.route;

import io.jnetlink.core.net.IpPrefix;

import java.util.Objects;
import java.util.Optional;

/**
 * A policy-routing rule, as one line of {@code ip rule show}.
 *
 * @param family      {@code AF_INET} or {@code AF_INET6}
 * @param priority    {@code FRA_PRIORITY} ({@code pref}), 0 when absent
 * @param source      {@code from PREFIX} ({@code FRA_SRC}/{@code src_len}); empty for "from all"
 * @param destination {@code to PREFIX} ({@code FRA_DST}/{@code dst_len})
 * @param iif         {@code iif NAME} ({@code FRA_IIFNAME})
 * @param oif         {@code oif NAME} ({@code FRA_OIFNAME})
 * @param fwmark      {@code fwmark} ({@code FRA_FWMARK}), 0 when absent
 * @param fwmask      {@code /mask} ({@code FRA_FWMASK}), 0 when absent
 * @param table       {@code lookup TABLE} ({@code FRA_TABLE}, else the header's table), 0 when none
 * @param actionRaw   {@code FR_ACT_*}; see {@link #action()}
 * @param flags       {@code FIB_RULE_*} flags (e.g. {@link FibRuleHdr#FIB_RULE_INVERT} for {@code not})
 */
public record Rule(int family, long priority, Optional<IpPrefix> source, Optional<IpPrefix> destination,
                   Optional<String> iif, Optional<String> oif, long fwmark, long fwmask, long table, int actionRaw,
                   int flags) {
    /**
     * The canonical constructor: checks that {@code source}, {@code destination}, {@code iif}, {@code oif} are not null.
     *
     * @param family {@code AF_INET} or {@code AF_INET6}
     * @param priority {@code FRA_PRIORITY} ({@code pref}), 0 when absent
     * @param source {@code from PREFIX} ({@code FRA_SRC}/{@code src_len}); empty for "from all"
     * @param destination {@code to PREFIX} ({@code FRA_DST}/{@code dst_len})
     * @param iif {@code iif NAME} ({@code FRA_IIFNAME})
     * @param oif {@code oif NAME} ({@code FRA_OIFNAME})
     * @param fwmark {@code fwmark} ({@code FRA_FWMARK}), 0 when absent
     * @param fwmask {@code /mask} ({@code FRA_FWMASK}), 0 when absent
     * @param table {@code lookup TABLE} ({@code FRA_TABLE}, else the header's table), 0 when none
     * @param actionRaw {@code FR_ACT_*}; see {@link #action()}
     * @param flags {@code FIB_RULE_*} flags (e.g. {@link FibRuleHdr#FIB_RULE_INVERT} for {@code not})
     */
    public Rule {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(iif, "iif");
        Objects.requireNonNull(oif, "oif");
    }

    /** {@return {@code FR_ACT_*} as a {@link RuleAction}} */
    public RuleAction action() {
        return RuleAction.of(actionRaw);
    }

    /** {@return whether the selector is inverted ({@code not}, {@code FIB_RULE_INVERT})} */
    public boolean isInverted() {
        return (flags & FibRuleHdr.FIB_RULE_INVERT) != 0;
    }

    /** Like {@code ip rule}: {@code "1000: from 10.1.0.0/16 lookup 100"}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(priority).append(':');
        if (isInverted()) {
            s.append(" not");
        }
        s.append(" from ").append(source.map(p -> RtnlInet.text(p.address()) + "/" + p.prefixLength()).orElse("all"));
        destination.ifPresent(d -> s.append(" to ").append(RtnlInet.text(d.address())).append('/').append(d.prefixLength()));
        if (fwmark != 0 || fwmask != 0) {
            s.append(" fwmark 0x").append(Long.toHexString(fwmark));
            if (fwmask != 0) {
                s.append("/0x").append(Long.toHexString(fwmask));
            }
        }
        iif.ifPresent(n -> s.append(" iif ").append(n));
        oif.ifPresent(n -> s.append(" oif ").append(n));
        if (action() == RuleAction.TO_TABLE) {
            s.append(" lookup ").append(table);
        } else {
            s.append(' ').append(action() == RuleAction.UNKNOWN ? "action " + actionRaw : action().ipName());
        }
        return s.toString();
    }
}
