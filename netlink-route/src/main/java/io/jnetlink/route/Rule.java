package io.jnetlink.route;

import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.net.IpPrefix;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy-routing rule, as one line of {@code ip rule show}: every {@code FRA_*} attribute of
 * {@code <linux/fib_rules.h>}, and those this version does not know kept as they came. Made by
 * {@link RuleView#toRule()}.
 *
 * @param family               {@code AF_INET} or {@code AF_INET6}
 * @param priority             {@code pref N} ({@code FRA_PRIORITY}), 0 when absent
 * @param source               {@code from PREFIX} ({@code FRA_SRC}/{@code src_len}); empty for "from all"
 * @param destination          {@code to PREFIX} ({@code FRA_DST}/{@code dst_len})
 * @param iif                  {@code iif NAME} ({@code FRA_IIFNAME})
 * @param oif                  {@code oif NAME} ({@code FRA_OIFNAME})
 * @param fwmark               {@code fwmark M} ({@code FRA_FWMARK}), 0 when absent
 * @param fwmask               {@code fwmark M/MASK} ({@code FRA_FWMASK}), 0 when absent
 * @param table                {@code lookup TABLE} ({@code FRA_TABLE}, else the header's table), 0 when none
 * @param actionRaw            {@code FR_ACT_*}; see {@link #action()}
 * @param flags                {@code FIB_RULE_*} flags ({@code 0x2}: {@code not}, see {@link #isInverted()})
 * @param tos                  {@code tos T} (the header's {@code tos}), 0 when none
 * @param gotoTarget           {@code goto PREF} ({@code FRA_GOTO}), 0 when none
 * @param flow                 {@code realms FROM/TO} ({@code FRA_FLOW}: from in the high 16 bits), 0 when none
 * @param tunId                {@code tun_id N} ({@code FRA_TUN_ID}), 0 when none
 * @param suppressIfgroup      {@code suppress_ifgroup G} ({@code FRA_SUPPRESS_IFGROUP}), -1 when none
 * @param suppressPrefixLength {@code suppress_prefixlength N} ({@code FRA_SUPPRESS_PREFIXLEN}), -1 when none
 * @param l3mdev               {@code l3mdev} ({@code FRA_L3MDEV})
 * @param uidRange             {@code uidrange A-B} ({@code FRA_UID_RANGE})
 * @param protocol             {@code protocol P} ({@code FRA_PROTOCOL}, {@code RTPROT_*}), 0 when none
 * @param ipProto              {@code ipproto P} ({@code FRA_IP_PROTO}), 0 when none
 * @param sourcePorts          {@code sport A[-B]} ({@code FRA_SPORT_RANGE})
 * @param destinationPorts     {@code dport A[-B]} ({@code FRA_DPORT_RANGE})
 * @param otherAttributes    attributes this version does not know, as they came (re-encodable byte for byte)
 */
public record Rule(int family, long priority, Optional<IpPrefix> source, Optional<IpPrefix> destination,
                   Optional<String> iif, Optional<String> oif, long fwmark, long fwmask, long table, int actionRaw,
                   int flags, int tos, long gotoTarget, long flow, long tunId, long suppressIfgroup,
                   int suppressPrefixLength, boolean l3mdev, Optional<UidRange> uidRange, int protocol, int ipProto,
                   Optional<PortRange> sourcePorts, Optional<PortRange> destinationPorts,
                   List<RawAttribute> otherAttributes) {
    /** {@code FIB_RULE_INVERT}. */
    private static final int INVERT = 0x2;

    /**
     * The canonical constructor: checks that no optional or list is null; keeps an unmodifiable copy of the list.
     *
     * @param family               {@code AF_INET} or {@code AF_INET6}
     * @param priority             {@code pref N} ({@code FRA_PRIORITY}), 0 when absent
     * @param source               {@code from PREFIX} ({@code FRA_SRC}/{@code src_len}); empty for "from all"
     * @param destination          {@code to PREFIX} ({@code FRA_DST}/{@code dst_len})
     * @param iif                  {@code iif NAME} ({@code FRA_IIFNAME})
     * @param oif                  {@code oif NAME} ({@code FRA_OIFNAME})
     * @param fwmark               {@code fwmark M} ({@code FRA_FWMARK}), 0 when absent
     * @param fwmask               {@code fwmark M/MASK} ({@code FRA_FWMASK}), 0 when absent
     * @param table                {@code lookup TABLE}, 0 when none
     * @param actionRaw            {@code FR_ACT_*}
     * @param flags                {@code FIB_RULE_*} flags
     * @param tos                  {@code tos T}, 0 when none
     * @param gotoTarget           {@code goto PREF}, 0 when none
     * @param flow                 {@code realms FROM/TO}, 0 when none
     * @param tunId                {@code tun_id N}, 0 when none
     * @param suppressIfgroup      {@code suppress_ifgroup G}, -1 when none
     * @param suppressPrefixLength {@code suppress_prefixlength N}, -1 when none
     * @param l3mdev               {@code l3mdev}
     * @param uidRange             {@code uidrange A-B}
     * @param protocol             {@code protocol P}, 0 when none
     * @param ipProto              {@code ipproto P}, 0 when none
     * @param sourcePorts          {@code sport A[-B]}
     * @param destinationPorts     {@code dport A[-B]}
     * @param otherAttributes    attributes this version does not know
     */
    public Rule {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(iif, "iif");
        Objects.requireNonNull(oif, "oif");
        Objects.requireNonNull(uidRange, "uidRange");
        Objects.requireNonNull(sourcePorts, "sourcePorts");
        Objects.requireNonNull(destinationPorts, "destinationPorts");
        otherAttributes = List.copyOf(otherAttributes);
    }

    /** {@return {@code FR_ACT_*} as a {@link RuleAction}} */
    public RuleAction action() {
        return RuleAction.of(actionRaw);
    }

    /** {@return whether the selector is inverted ({@code not}, {@code FIB_RULE_INVERT})} */
    public boolean isInverted() {
        return (flags & INVERT) != 0;
    }

    /** Like {@code ip rule}: {@code "1000: from 10.1.0.0/16 ipproto 6 dport 80 lookup 100"}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(priority).append(':');
        if (isInverted()) {
            s.append(" not");
        }
        s.append(" from ").append(source.map(p -> RtnlInet.text(p.address()) + "/" + p.prefixLength()).orElse("all"));
        destination.ifPresent(d -> s.append(" to ").append(RtnlInet.text(d.address())).append('/').append(d.prefixLength()));
        if (tos != 0) {
            s.append(" tos 0x").append(Integer.toHexString(tos));
        }
        if (fwmark != 0 || fwmask != 0) {
            s.append(" fwmark 0x").append(Long.toHexString(fwmark));
            if (fwmask != 0) {
                s.append("/0x").append(Long.toHexString(fwmask));
            }
        }
        iif.ifPresent(n -> s.append(" iif ").append(n));
        oif.ifPresent(n -> s.append(" oif ").append(n));
        if (tunId != 0) {
            s.append(" tun_id ").append(tunId);
        }
        uidRange.ifPresent(u -> s.append(" uidrange ").append(u));
        if (ipProto != 0) {
            s.append(" ipproto ").append(ipProto);
        }
        sourcePorts.ifPresent(p -> s.append(" sport ").append(p));
        destinationPorts.ifPresent(p -> s.append(" dport ").append(p));
        if (l3mdev) {
            s.append(" lookup [l3mdev-table]");
        } else if (action() == RuleAction.TO_TABLE) {
            s.append(" lookup ").append(table);
        } else if (action() == RuleAction.GOTO) {
            s.append(" goto ").append(gotoTarget);
        } else {
            s.append(' ').append(action() == RuleAction.UNKNOWN ? "action " + actionRaw : action().ipName());
        }
        if (suppressPrefixLength >= 0) {
            s.append(" suppress_prefixlength ").append(suppressPrefixLength);
        }
        if (suppressIfgroup >= 0) {
            s.append(" suppress_ifgroup ").append(suppressIfgroup);
        }
        if (flow != 0) {
            s.append(" realms ").append(flow >>> 16).append('/').append(flow & 0xFFFF);
        }
        if (protocol != 0 && protocol != 2) { // as ip rule: not for RTPROT_KERNEL (the default rules)
            s.append(" proto ").append(protocol);
        }
        return s.toString();
    }
}
