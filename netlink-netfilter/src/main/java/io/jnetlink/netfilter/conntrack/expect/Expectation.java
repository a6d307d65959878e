package io.jnetlink.netfilter.conntrack.expect;

import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.netfilter.conntrack.ConntrackTuple;

import java.util.List;
import java.util.Objects;

/**
 * One expectation, as {@code conntrack -L expect} shows it: a connection a helper (ftp, sip…) lets in
 * because its master connection announced it.
 *
 * @param family          AF_INET (2) or AF_INET6 (10)
 * @param master          the master connection's original tuple ({@code CTA_EXPECT_MASTER})
 * @param tuple           the expected connection's tuple ({@code CTA_EXPECT_TUPLE})
 * @param mask            which bits of {@code tuple} must match ({@code CTA_EXPECT_MASK}; a 0 port: any)
 * @param timeoutSeconds  {@code CTA_EXPECT_TIMEOUT}
 * @param id              {@code CTA_EXPECT_ID}
 * @param helper          {@code CTA_EXPECT_HELP_NAME}, "" when absent
 * @param zone            {@code CTA_EXPECT_ZONE}, 0 for the default zone
 * @param flags           {@code CTA_EXPECT_FLAGS} ({@code NF_CT_EXPECT_PERMANENT} 1, {@code _INACTIVE} 2, {@code _USERSPACE} 4)
 * @param otherAttributes the attributes this version does not model ({@code CTA_EXPECT_CLASS},
 *                        {@code CTA_EXPECT_NAT}, {@code CTA_EXPECT_FN}, …), kept as they came
 */
public record Expectation(int family, ConntrackTuple master, ConntrackTuple tuple, ConntrackTuple mask,
                          long timeoutSeconds, long id, String helper, int zone, long flags,
                          List<RawAttribute> otherAttributes) {
    /**
     * The canonical constructor: refuses null tuples and helper, keeps an unmodifiable copy of
     * {@code otherAttributes}.
     *
     * @param family AF_INET (2) or AF_INET6 (10)
     * @param master the master connection's original tuple
     * @param tuple the expected connection's tuple
     * @param mask which bits of {@code tuple} must match
     * @param timeoutSeconds {@code CTA_EXPECT_TIMEOUT}
     * @param id {@code CTA_EXPECT_ID}
     * @param helper {@code CTA_EXPECT_HELP_NAME}, "" when absent
     * @param zone {@code CTA_EXPECT_ZONE}
     * @param flags {@code CTA_EXPECT_FLAGS}
     * @param otherAttributes the attributes this version does not model, kept as they came
     */
    public Expectation {
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(tuple, "tuple");
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(helper, "helper");
        otherAttributes = List.copyOf(otherAttributes);
    }

    /** {@code "proto=6 src=… dst=… sport=0 dport=2000 master proto=6 … helper=ftp"}, close to {@code conntrack -L expect}. */
    @Override
    public String toString() {
        return timeoutSeconds + " " + tuple + " mask " + mask + " master " + master
                + (helper.isEmpty() ? "" : " helper=" + helper) + (zone != 0 ? " zone=" + zone : "");
    }
}
