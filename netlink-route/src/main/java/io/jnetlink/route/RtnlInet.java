package io.jnetlink.route;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;

/** Address bytes of rtnetlink attributes, shared by the address, route, neighbour and rule views. */
final class RtnlInet {
    static final InetAddress ANY4 = of(new byte[4]);
    static final InetAddress ANY6 = of(new byte[16]);

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
        return family == io.jnetlink.core.net.IpAddresses.AF_INET6 ? ANY6 : ANY4;
    }

    static InetAddress of(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new AssertionError(impossible);
        }
    }

    /**
     * The address as {@code ip} prints it: dotted quad, or IPv6 in RFC 5952 form ({@code fd00::1},
     * the longest run of two or more zero groups shortened, lower case).
     */
    static String text(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] b = address.getAddress();
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((b[2 * i] & 0xFF) << 8) | (b[2 * i + 1] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                s.append("::");
                i += bestLength - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(g[i]));
        }
        return s.toString();
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
