package io.jnetlink.netfilter.conntrack;

import io.jnetlink.netfilter.CtStatus;

import io.jnetlink.core.message.RawAttribute;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One conntrack entry, as {@code conntrack -L -o extended} shows it.
 *
 * @param family         AF_INET (2) or AF_INET6 (10)
 * @param original       the original direction's tuple
 * @param reply          the reply direction's tuple (differs from the swapped original under NAT)
 * @param status         {@code CTA_STATUS} bits ({@code IPS_*})
 * @param tcpState       {@code CTA_PROTOINFO_TCP_STATE} ({@code TCP_CONNTRACK_*}: 3 ESTABLISHED, 7 TIME_WAIT, ...), -1 for other protocols
 * @param mark           {@code CTA_MARK}
 * @param timeoutSeconds {@code CTA_TIMEOUT}
 * @param id             {@code CTA_ID}
 * @param zone           {@code CTA_ZONE}, 0 for the default zone
 * @param originalPackets {@code CTA_COUNTERS_ORIG} packets (0 unless net.netfilter.nf_conntrack_acct=1)
 * @param originalBytes  {@code CTA_COUNTERS_ORIG} bytes
 * @param replyPackets   {@code CTA_COUNTERS_REPLY} packets
 * @param replyBytes     {@code CTA_COUNTERS_REPLY} bytes
 * @param labels         {@code CTA_LABELS}: the numbers (0..127) of the connection labels set
 *                       ({@code conntrack -L -o extended} prints them as {@code labels=}), ascending
 * @param otherAttributes the top-level attributes this version does not model ({@code CTA_USE},
 *                       {@code CTA_TIMESTAMP}, {@code CTA_HELP}, {@code CTA_SECCTX}, ...), kept as they came
 */
public record ConntrackEntry(int family, ConntrackTuple original, ConntrackTuple reply, long status, int tcpState,
                             long mark, long timeoutSeconds, long id, int zone, long originalPackets, long originalBytes,
                             long replyPackets, long replyBytes, SortedSet<Integer> labels,
                             List<RawAttribute> otherAttributes) {
    /**
     * The canonical constructor: keeps unmodifiable copies of {@code labels} and {@code otherAttributes}.
     *
     * @param family AF_INET (2) or AF_INET6 (10)
     * @param original the original direction's tuple
     * @param reply the reply direction's tuple
     * @param status {@code CTA_STATUS} bits ({@code IPS_*})
     * @param tcpState {@code CTA_PROTOINFO_TCP_STATE}, -1 for other protocols
     * @param mark {@code CTA_MARK}
     * @param timeoutSeconds {@code CTA_TIMEOUT}
     * @param id {@code CTA_ID}
     * @param zone {@code CTA_ZONE}, 0 for the default zone
     * @param originalPackets {@code CTA_COUNTERS_ORIG} packets
     * @param originalBytes {@code CTA_COUNTERS_ORIG} bytes
     * @param replyPackets {@code CTA_COUNTERS_REPLY} packets
     * @param replyBytes {@code CTA_COUNTERS_REPLY} bytes
     * @param labels the numbers of the connection labels set, ascending
     * @param otherAttributes the top-level attributes this version does not model, kept as they came
     */
    public ConntrackEntry {
        labels = Collections.unmodifiableSortedSet(new TreeSet<>(labels));
        otherAttributes = List.copyOf(otherAttributes);
    }

    /**
     * An entry without labels.
     *
     * @param family AF_INET (2) or AF_INET6 (10)
     * @param original the original direction's tuple
     * @param reply the reply direction's tuple
     * @param status {@code CTA_STATUS} bits ({@code IPS_*})
     * @param tcpState {@code CTA_PROTOINFO_TCP_STATE}, -1 for other protocols
     * @param mark {@code CTA_MARK}
     * @param timeoutSeconds {@code CTA_TIMEOUT}
     * @param id {@code CTA_ID}
     * @param zone {@code CTA_ZONE}, 0 for the default zone
     * @param originalPackets {@code CTA_COUNTERS_ORIG} packets
     * @param originalBytes {@code CTA_COUNTERS_ORIG} bytes
     * @param replyPackets {@code CTA_COUNTERS_REPLY} packets
     * @param replyBytes {@code CTA_COUNTERS_REPLY} bytes
     * @param otherAttributes the top-level attributes this version does not model, kept as they came
     */
    public ConntrackEntry(int family, ConntrackTuple original, ConntrackTuple reply, long status, int tcpState,
                          long mark, long timeoutSeconds, long id, int zone, long originalPackets, long originalBytes,
                          long replyPackets, long replyBytes, List<RawAttribute> otherAttributes) {
        this(family, original, reply, status, tcpState, mark, timeoutSeconds, id, zone, originalPackets, originalBytes,
                replyPackets, replyBytes, new TreeSet<>(), otherAttributes);
    }

    /**
     * An entry without attributes beyond those modelled.
     *
     * @param family AF_INET (2) or AF_INET6 (10)
     * @param original the original direction's tuple
     * @param reply the reply direction's tuple
     * @param status {@code CTA_STATUS} bits ({@code IPS_*})
     * @param tcpState {@code CTA_PROTOINFO_TCP_STATE}, -1 for other protocols
     * @param mark {@code CTA_MARK}
     * @param timeoutSeconds {@code CTA_TIMEOUT}
     * @param id {@code CTA_ID}
     * @param zone {@code CTA_ZONE}, 0 for the default zone
     * @param originalPackets {@code CTA_COUNTERS_ORIG} packets
     * @param originalBytes {@code CTA_COUNTERS_ORIG} bytes
     * @param replyPackets {@code CTA_COUNTERS_REPLY} packets
     * @param replyBytes {@code CTA_COUNTERS_REPLY} bytes
     */
    public ConntrackEntry(int family, ConntrackTuple original, ConntrackTuple reply, long status, int tcpState,
                          long mark, long timeoutSeconds, long id, int zone, long originalPackets, long originalBytes,
                          long replyPackets, long replyBytes) {
        this(family, original, reply, status, tcpState, mark, timeoutSeconds, id, zone, originalPackets, originalBytes,
                replyPackets, replyBytes, new TreeSet<>(), List.of());
    }

    /** {@return the status bits by name} */
    public Set<CtStatus> statuses() {
        return CtStatus.of(status);
    }

    /** {@return whether the connection's source was NATed ({@code IPS_SRC_NAT})} */
    public boolean sourceNat() {
        return (status & CtStatus.SNAT.bit()) != 0;
    }

    /** {@return whether the connection's destination was NATed ({@code IPS_DST_NAT})} */
    public boolean destinationNat() {
        return (status & CtStatus.DNAT.bit()) != 0;
    }

    /** {@return nft/conntrack name of a TCP state} */
    public String tcpStateName() {
        return TcpStates.name(tcpState);
    }
}
