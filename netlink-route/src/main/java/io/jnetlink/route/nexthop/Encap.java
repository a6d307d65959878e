package io.jnetlink.route.nexthop;

/**
 * A lightweight tunnel encapsulation of a nexthop or route ({@code encap seg6 …}, {@code encap mpls …}):
 * {@code NHA_ENCAP_TYPE}/{@code NHA_ENCAP} on nexthops, {@code RTA_ENCAP_TYPE}/{@code RTA_ENCAP} on routes.
 * Types this library does not model decode as {@link RawEncap}.
 */
public sealed interface Encap permits Seg6Encap, MplsEncap, RawEncap {
    /**
     * {@code encap seg6 mode encap segs SEG1,SEG2,…}: IPv6 segment routing.
     *
     * @param segments the segments in the order the packet visits them, IPv6 addresses
     * @return the encapsulation
     */
    static Seg6Encap seg6(String... segments) {
        return Seg6Encap.of(Seg6Encap.Mode.ENCAP, segments);
    }

    /**
     * {@code encap mpls LABEL1/LABEL2/…}: push an MPLS label stack (outermost first).
     *
     * @param labels the labels, 0..1048575 each
     * @return the encapsulation
     */
    static MplsEncap mpls(int... labels) {
        return MplsEncap.of(labels);
    }

    /** {@return the {@code LWTUNNEL_ENCAP_*} type} */
    int type();
}
