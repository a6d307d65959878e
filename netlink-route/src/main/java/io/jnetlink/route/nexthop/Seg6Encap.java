package io.jnetlink.route.nexthop;

import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.route.wire.LwtAttrs;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code encap seg6 mode MODE segs SEGMENTS}: an SRv6 segment routing header
 * ({@code LWTUNNEL_ENCAP_SEG6}, {@code SEG6_IPTUNNEL_SRH}).
 *
 * @param mode     inline, encap or l2encap ({@code SEG6_IPTUNNEL_MODE_*})
 * @param segments the segments in visiting order (the wire holds them last first)
 */
public record Seg6Encap(Mode mode, List<InetAddress> segments) implements Encap {
    /** {@code SEG6_IPTUNNEL_MODE_*}. */
    public enum Mode {
        /** {@code inline}: the SRH is inserted into the packet. */
        INLINE,
        /** {@code encap}: the packet is wrapped in an outer IPv6 header with the SRH. */
        ENCAP,
        /** {@code l2encap}: the layer-2 frame is wrapped. */
        L2ENCAP
    }

    /**
     * Checks the segments: 1..127 IPv6 addresses.
     *
     * @param mode the mode
     * @param segments the segments in visiting order
     */
    public Seg6Encap {
        Objects.requireNonNull(mode, "mode");
        segments = List.copyOf(segments);
        if (segments.isEmpty() || segments.size() > 127) {
            throw new IllegalArgumentException("segs must hold 1..127 IPv6 addresses: " + segments.size());
        }
        for (InetAddress a : segments) {
            if (!(a instanceof Inet6Address)) {
                throw new IllegalArgumentException("segs must be IPv6 addresses: " + a);
            }
        }
    }

    /**
     * {@code encap seg6 mode MODE segs …} from text.
     *
     * @param mode the mode
     * @param segments the segments, IPv6 address text
     * @return the encapsulation
     */
    public static Seg6Encap of(Mode mode, String... segments) {
        List<InetAddress> list = new ArrayList<>();
        for (String s : segments) {
            list.add(IpAddresses.parse(s, "segs"));
        }
        return new Seg6Encap(mode, list);
    }

    @Override
    public int type() {
        return LwtAttrs.ENCAP_SEG6;
    }

    /** Like {@code ip}: {@code "encap seg6 mode encap segs 2 [ fc00::1 fc00::2 ]"}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("encap seg6 mode ").append(mode.name().toLowerCase()).append(" segs ")
                .append(segments.size()).append(" [");
        segments.forEach(s -> sb.append(' ').append(IpAddresses.format(s)));
        return sb.append(" ]").toString();
    }
}
