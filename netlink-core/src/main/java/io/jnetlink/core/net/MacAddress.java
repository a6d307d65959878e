package io.jnetlink.core.net;

/** Link-layer (MAC) addresses as text {@code "aa:bb:cc:dd:ee:ff"} and bytes. */
public final class MacAddress {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private MacAddress() {
    }

    /**
     * Parses six colon-separated hex bytes ({@code aa:bb:cc:dd:ee:ff}).
     *
     * @throws IllegalArgumentException naming {@code what} on anything else
     * @param text the text to parse
     * @param what what the value is, named in the exception message (e.g. {@code "address"})
     * @return the six bytes
     */
    public static byte[] parse(String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + " must be a MAC address like 02:00:00:00:00:01, got null");
        }
        String[] parts = text.split(":", -1);
        if (parts.length != 6) {
            throw new IllegalArgumentException(what + " must be six hex bytes like 02:00:00:00:00:01: " + text);
        }
        byte[] out = new byte[6];
        for (int i = 0; i < 6; i++) {
            String p = parts[i];
            int hi = p.length() == 2 ? IpAddresses.hexDigit(p.charAt(0)) : -1;
            int lo = p.length() == 2 ? IpAddresses.hexDigit(p.charAt(1)) : -1;
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException(what + " has a bad byte '" + p + "': " + text);
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    /**
     * Lower-case colon-separated hex, like {@code ip link} prints it (any length).
     *
     * @param bytes the address bytes
     * @return lower-case colon-separated hex, like {@code ip link} prints it (any length)
     */
    public static String format(byte[] bytes) {
        if (bytes.length == 0) {
            return "";
        }
        char[] out = new char[bytes.length * 3 - 1];
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                out[i * 3 - 1] = ':';
            }
            out[i * 3] = HEX[(bytes[i] >> 4) & 0xF];
            out[i * 3 + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }
}
