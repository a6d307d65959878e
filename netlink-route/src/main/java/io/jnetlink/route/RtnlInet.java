package io.jnetlink.route;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.net.IpAddresses;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;

/** Address bytes of rtnetlink attributes, shared by the address, route, neighbour and rule views. */
final class RtnlInet {
    static final InetAddress ANY4 = of(new byte[4]);
    static final InetAddress ANY6 = of(new byte[16]);
    /** {@code RTNL_FAMILY_IPMR}: IPv4 multicast routes. */
    static final int RTNL_FAMILY_IPMR = 128;
    /** {@code RTNL_FAMILY_IP6MR}: IPv6 multicast routes. */
    static final int RTNL_FAMILY_IP6MR = 129;

    private RtnlInet() {
    }

    /** Address bytes at {@code [offset, offset + length)}; a decode error unless 4 or 16 bytes. */
    static InetAddress read(ByteBuffer buffer, int offset, int length, String what) {
        if (length != 4 && length != 16) {
            throw new NetlinkDecodeException(what + " has " + length + " bytes, neither 4 nor 16", offset);
        }
        byte[] b = new byte[length];
        buffer.get(offset, b, 0, length);
        return of(b);
    }

    /**
     * The address length a message of {@code family} carries: 4 for {@code AF_INET} (and
     * {@code RTNL_FAMILY_IPMR}), 16 for {@code AF_INET6} (and {@code RTNL_FAMILY_IP6MR}), 0 when the
     * family does not fix it (then 4 or 16 is accepted).
     */
    static int addressLength(int family) {
        return switch (family) {
            case IpAddresses.AF_INET, RTNL_FAMILY_IPMR -> 4;
            case IpAddresses.AF_INET6, RTNL_FAMILY_IP6MR -> 16;
            default -> 0;
        };
    }

    /**
     * The mark of the current attribute, an address of {@code family}: a decode error when its
     * length contradicts the family (a 4-byte {@code RTA_DST} in an {@code AF_INET6} route).
     */
    static long checked(AttributeReader a, int family, String what) {
        int len = a.valueLength();
        int want = addressLength(family);
        if (want == 0 ? len != 4 && len != 16 : len != want) {
            throw new NetlinkDecodeException(what + " (attribute type=" + a.type() + ") has " + len + " bytes, "
                    + (want == 0 ? "neither 4 nor 16" : "family " + family + " needs " + want), a.offset());
        }
        return mark(a);
    }

    /**
     * The mark of the address inside the current {@code RTA_VIA} ({@code struct rtvia}: a u16
     * {@code rtvia_family}, then the address), checked against that family. In a route of an IP
     * family the gateway must be IPv4 or IPv6; another family's via (MPLS over AF_PACKET) is no IP
     * gateway: -1.
     */
    static long via(AttributeReader a, int routeFamily) {
        int len = a.valueLength();
        if (len < 2) {
            throw new NetlinkDecodeException("RTA_VIA has " + len + " bytes, needs at least 2", a.offset());
        }
        int viaFamily = a.buffer().getShort(a.valueOffset()) & 0xFFFF;
        int want = viaFamily == IpAddresses.AF_INET ? 4 : viaFamily == IpAddresses.AF_INET6 ? 16 : 0;
        if (want != 0 ? len - 2 != want : addressLength(routeFamily) != 0) {
            throw new NetlinkDecodeException("RTA_VIA of family " + viaFamily + " has " + (len - 2) + " address bytes",
                    a.offset());
        }
        return want == 0 ? -1 : ((long) (a.valueOffset() + 2) << 16) | (len - 2); // not an IP gateway: none
    }

    /** The value of {@code RTA_VIA} for {@code address}: {@code rtvia_family} (host order u16), then its bytes. */
    static byte[] viaValue(byte[] address) {
        ByteBuffer b = ByteBuffer.allocate(2 + address.length).order(java.nio.ByteOrder.nativeOrder());
        b.putShort((short) (address.length == 16 ? IpAddresses.AF_INET6 : IpAddresses.AF_INET)).put(address);
        return b.array();
    }

    /** Remembers where the current attribute's value is as {@code offset << 16 | length} ({@code -1}: absent). */
    static long mark(AttributeReader a) {
        return ((long) a.valueOffset() << 16) | a.valueLength();
    }

    static int offset(long mark) {
        return (int) (mark >>> 16);
    }

    static int length(long mark) {
        return (int) (mark & 0xFFFF);
    }

    /** The unspecified address of a family (0.0.0.0 or ::). */
    static InetAddress any(int family) {
        return addressLength(family) == 16 ? ANY6 : ANY4;
    }

    static InetAddress of(byte[] bytes) {
        return IpAddresses.of(bytes);
    }

    /** The address as {@code ip} prints it (see {@link IpAddresses#format}). */
    static String text(InetAddress address) {
        return IpAddresses.format(address);
    }

    /** Whether two addresses are of the same family. */
    static boolean sameFamily(InetAddress a, InetAddress b) {
        return (a instanceof Inet4Address && b instanceof Inet4Address) || (a instanceof Inet6Address && b instanceof Inet6Address);
    }

    /** Copies {@code length} bytes at {@code offset} into {@code dst}; returns how many (0 when absent). */
    static int copy(ByteBuffer buffer, long mark, byte[] dst) {
        if (mark < 0) {
            return 0;
        }
        int n = Math.min(length(mark), dst.length);
        buffer.get(offset(mark), dst, 0, n);
        return n;
    }
}
