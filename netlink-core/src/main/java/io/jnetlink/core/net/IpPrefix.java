package io.jnetlink.core.net;

import java.net.InetAddress;

/**
 * An IP address with a prefix length, as in {@code 192.168.15.1/24} or {@code fd00::/64}. The
 * address is kept as given (host bits are not cleared; see {@link #network()}).
 *
 * @param address      the address
 * @param prefixLength 0..32 for IPv4, 0..128 for IPv6
 */
public record IpPrefix(InetAddress address, int prefixLength) {
    /**
     * Checks the components.
     *
     * @param address      the address
     * @param prefixLength 0..32 for IPv4, 0..128 for IPv6
     * @throws IllegalArgumentException if the address is null or the length is out of range for its family
     */
    public IpPrefix {
        if (address == null) {
            throw new IllegalArgumentException("prefix address must not be null");
        }
        int max = IpAddresses.bits(address);
        if (prefixLength < 0 || prefixLength > max) {
            throw new IllegalArgumentException("prefix length must be 0.." + max + ": " + prefixLength);
        }
    }

    /**
     * Parses {@code "ADDR/LEN"}; a bare address is a host prefix (/32 or /128).
     *
     * @param what names the argument in errors, e.g. {@code "address"}
     * @throws IllegalArgumentException for a bad address or a length out of range
     * @param text the text to parse
     * @return the prefix
     */
    public static IpPrefix parse(String text, String what) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(what + " must be ADDRESS/PREFIX, got an empty value");
        }
        int slash = text.indexOf('/');
        if (slash == 0) {
            throw new IllegalArgumentException(what + " must be an IP address, got an empty value: " + text);
        }
        // scanned in place, no substrings: a request built from text parses its prefix each time (issue 17)
        InetAddress address = IpAddresses.parse(text, 0, slash < 0 ? text.length() : slash, what);
        int max = IpAddresses.bits(address);
        if (slash < 0) {
            return new IpPrefix(address, max);
        }
        int digits = text.length() - slash - 1;
        int n = 0;
        boolean ok = digits >= 1 && digits <= 3;
        for (int i = slash + 1; ok && i < text.length(); i++) {
            char c = text.charAt(i);
            ok = c >= '0' && c <= '9';
            n = n * 10 + (c - '0');
        }
        if (!ok) {
            throw new IllegalArgumentException(what + " has a bad prefix length '" + text.substring(slash + 1) + "': " + text);
        }
        if (n > max) {
            throw new IllegalArgumentException(what + " has a prefix length over " + max + " (" + n + "): " + text);
        }
        return new IpPrefix(address, n);
    }

    /**
     * {@code AF_INET} (2) or {@code AF_INET6} (10).
     *
     * @return {@code AF_INET} (2) or {@code AF_INET6} (10)
     */
    public int family() {
        return IpAddresses.family(address);
    }

    /**
     * Whether the host bits are clear, i.e. the address is {@link #network()} (as {@code ip route}
     * requires of a destination); allocates only the address's bytes.
     *
     * @return whether every bit past the prefix length is 0
     */
    public boolean isNetwork() {
        byte[] b = address.getAddress();
        for (int bit = prefixLength; bit < b.length * 8; bit++) {
            if ((b[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                return false;
            }
        }
        return true;
    }

    /** {@return the address with its host bits cleared, e.g. 192.168.15.0 for 192.168.15.1/24} */
    public InetAddress network() {
        byte[] b = address.getAddress();
        for (int bit = prefixLength; bit < b.length * 8; bit++) {
            b[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return IpAddresses.of(b);
    }

    /**
     * Whether {@code other} lies inside this prefix.
     *
     * @param other the address to test
     * @return whether {@code other} lies inside this prefix
     */
    public boolean contains(InetAddress other) {
        byte[] a = address.getAddress();
        byte[] o = other.getAddress();
        if (a.length != o.length) {
            return false;
        }
        for (int bit = 0; bit < prefixLength; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((a[bit / 8] & mask) != (o[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** {@code "192.168.15.1/24"}. */
    @Override
    public String toString() {
        return IpAddresses.format(address) + "/" + prefixLength;
    }
}
