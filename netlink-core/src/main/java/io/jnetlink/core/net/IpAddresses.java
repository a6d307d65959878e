package io.jnetlink.core.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Strict parsing of IP address literals: never a DNS lookup (unlike {@link InetAddress#getByName}),
 * and anything that is not exactly an IPv4 dotted quad or an IPv6 literal is rejected with an
 * {@link IllegalArgumentException} that names the argument.
 *
 * <p>The family is the one the user wrote, carried by the Java type: {@link Inet4Address} for a
 * dotted quad, {@link Inet6Address} for every IPv6 literal, including an IPv4-mapped one
 * ({@code ::ffff:10.1.2.3}, which {@code ip -6} and {@code nft} treat as IPv6).
 * {@link InetAddress#getByAddress(byte[])} would turn that one into an {@code Inet4Address}; every
 * address this library builds from bytes goes through {@link #of(byte[])} instead.
 */
public final class IpAddresses {
    /** {@code AF_INET}. */
    public static final int AF_INET = 2;
    /** {@code AF_INET6}. */
    public static final int AF_INET6 = 10;

    private IpAddresses() {
    }

    /**
     * Parses {@code "192.168.15.1"} or {@code "fe80::1"}.
     *
     * @param text the text to parse
     * @param what names the argument in the error, e.g. {@code "gateway"}
     * @return the address
     */
    public static InetAddress parse(String text, String what) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(what + " must be an IP address, got an empty value");
        }
        return parse(text, 0, text.length(), what);
    }

    /** {@link #parse(String, String)} of {@code text[from, to)}, non-empty: no substring for the common IPv4 case. */
    static InetAddress parse(String text, int from, int to, String what) {
        int colon = text.indexOf(':', from);
        if (colon >= 0 && colon < to) {
            return of(parseIpv6(text.substring(from, to), what));
        }
        return of(parseIpv4(text, from, to, what));
    }

    /**
     * The address of 4 bytes (IPv4) or 16 bytes (IPv6), the family given by the length alone: 16
     * bytes stay IPv6 even when they hold an IPv4-mapped address ({@code ::ffff:a.b.c.d}).
     *
     * @param bytes 4 or 16 bytes in network order (not kept)
     * @return an {@link Inet4Address} or an {@link Inet6Address} without scope
     * @throws IllegalArgumentException if {@code bytes} is not 4 or 16 bytes long
     */
    public static InetAddress of(byte[] bytes) {
        try {
            if (bytes != null && bytes.length == 16) {
                // Inet6Address.getByAddress keeps a mapped address IPv6; InetAddress.getByAddress would not
                return Inet6Address.getByAddress(null, bytes, -1);
            }
            if (bytes != null && bytes.length == 4) {
                return InetAddress.getByAddress(bytes);
            }
        } catch (UnknownHostException impossible) {
            throw new AssertionError(impossible);
        }
        throw new IllegalArgumentException("address bytes must be 4 or 16 long: " + (bytes == null ? "null" : bytes.length));
    }

    /**
     * The address as {@code ip} prints it: dotted quad, or IPv6 in RFC 5952 form ({@code fd00::1},
     * the longest run of two or more zero groups shortened, lower case), with a dotted-quad tail
     * where glibc's {@code inet_ntop} writes one ({@code ::ffff:10.1.2.3}, {@code ::1.2.3.4}).
     *
     * @param address the address
     * @return its text
     */
    public static String format(InetAddress address) {
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
            if (i == 6 && bestStart == 0 && (bestLength == 6 || (bestLength == 5 && g[5] == 0xFFFF))) {
                // inet_ntop6: "Is this address an encapsulated IPv4?"
                if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                    s.append(':');
                }
                s.append(b[12] & 0xFF).append('.').append(b[13] & 0xFF).append('.')
                        .append(b[14] & 0xFF).append('.').append(b[15] & 0xFF);
                break;
            }
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

    /**
     * {@link #AF_INET} or {@link #AF_INET6}.
     *
     * @param address the address
     * @return {@link #AF_INET} or {@link #AF_INET6}
     */
    public static int family(InetAddress address) {
        return address instanceof Inet4Address ? AF_INET : AF_INET6;
    }

    /**
     * Address length in bits: 32 or 128.
     *
     * @param address the address
     * @return address length in bits: 32 or 128
     */
    public static int bits(InetAddress address) {
        return address instanceof Inet6Address ? 128 : 32;
    }

    private static byte[] parseIpv4(String text, String what) {
        return parseIpv4(text, 0, text.length(), what);
    }

    /**
     * The dotted quad in {@code text[from, to)}, scanned in place: this runs for every address a
     * request is built with, where {@code split} and substrings showed in profiles (issue 17).
     */
    private static byte[] parseIpv4(String text, int from, int to, String what) {
        int dots = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '.') {
                dots++;
            }
        }
        if (dots != 3) {
            throw new IllegalArgumentException(what + " must be an IPv4 dotted quad like 192.168.15.1: " + text.substring(from, to));
        }
        byte[] out = new byte[4];
        int start = from;
        for (int part = 0; part < 4; part++) {
            int end = start;
            while (end < to && text.charAt(end) != '.') {
                end++;
            }
            out[part] = (byte) ipv4Byte(text, start, end, from, to, what);
            start = end + 1;
        }
        return out;
    }

    /** One byte of a dotted quad, {@code text[start, end)}: 1 to 3 ASCII digits, no leading zero, at most 255. */
    private static int ipv4Byte(String text, int start, int end, int from, int to, String what) {
        int length = end - start;
        int value = 0;
        boolean digits = length >= 1 && length <= 3;
        for (int i = start; digits && i < end; i++) {
            char c = text.charAt(i);
            digits = c >= '0' && c <= '9';
            value = value * 10 + (c - '0');
        }
        if (!digits) {
            throw new IllegalArgumentException(what + " has a bad IPv4 byte '" + text.substring(start, end) + "': "
                    + text.substring(from, to));
        }
        if (length > 1 && text.charAt(start) == '0') {
            // inet_aton would read 010 as octal 8; refuse the ambiguity
            throw new IllegalArgumentException(what + " has an IPv4 byte with a leading zero '" + text.substring(start, end)
                    + "': " + text.substring(from, to));
        }
        if (value > 255) {
            throw new IllegalArgumentException(what + " has an IPv4 byte over 255 (" + value + "): " + text.substring(from, to));
        }
        return value;
    }

    /** A loop, not {@code chars().allMatch}: this runs for every address a request is built with (a stream each showed in profiles). */
    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static byte[] parseIpv6(String text, String what) {
        String s = text;
        int zone = s.indexOf('%');
        if (zone >= 0) {
            throw new IllegalArgumentException(what + " must not carry a zone id: " + text);
        }
        byte[] out = new byte[16];
        // an embedded IPv4 tail (::ffff:1.2.3.4)
        int lastColon = s.lastIndexOf(':');
        byte[] v4 = null;
        if (s.indexOf('.', lastColon) >= 0) {
            v4 = parseIpv4(s.substring(lastColon + 1), what);
            s = s.substring(0, lastColon + 1) + "0:0";
        }
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            throw new IllegalArgumentException(what + " has '::' twice: " + text);
        }
        String head = doubleColon >= 0 ? s.substring(0, doubleColon) : s;
        String tail = doubleColon >= 0 ? s.substring(doubleColon + 2) : "";
        int[] headGroups = groups(head, what, text);
        int[] tailGroups = groups(tail, what, text);
        int total = headGroups.length + tailGroups.length;
        if (doubleColon < 0 ? total != 8 : total > 7) {
            throw new IllegalArgumentException(what + " is not a valid IPv6 address: " + text);
        }
        for (int i = 0; i < headGroups.length; i++) {
            out[2 * i] = (byte) (headGroups[i] >> 8);
            out[2 * i + 1] = (byte) headGroups[i];
        }
        for (int i = 0; i < tailGroups.length; i++) {
            int g = 8 - tailGroups.length + i;
            out[2 * g] = (byte) (tailGroups[i] >> 8);
            out[2 * g + 1] = (byte) tailGroups[i];
        }
        if (v4 != null) {
            System.arraycopy(v4, 0, out, 12, 4);
        }
        return out;
    }

    /** The value of an ASCII hex digit, or -1 (unlike {@link Character#digit}, no other scripts' digits). */
    static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static int[] groups(String part, String what, String text) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] g = part.split(":", -1);
        int[] out = new int[g.length];
        for (int i = 0; i < g.length; i++) {
            String h = g[i];
            if (h.isEmpty() || h.length() > 4) {
                throw new IllegalArgumentException(what + " has a bad IPv6 group '" + h + "': " + text);
            }
            int v = 0;
            for (int j = 0; j < h.length(); j++) {
                int d = hexDigit(h.charAt(j));
                if (d < 0) {
                    throw new IllegalArgumentException(what + " has a bad IPv6 group '" + h + "': " + text);
                }
                v = v * 16 + d;
            }
            out[i] = v;
        }
        return out;
    }
}
