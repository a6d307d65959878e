package io.jnetlink.route.tc;

/**
 * One 32-bit match of a u32 selector ({@code struct tc_u32_key}): the word at {@code offset} bytes
 * into the packet's network header, masked, equals {@code value}. Mask and value are the word as it
 * is on the wire (big-endian), e.g. mask {@code 0xffffff00} for a /24.
 *
 * @param mask       {@code mask}
 * @param value      {@code val}
 * @param offset     {@code off}, a multiple of 4
 * @param offsetMask {@code offmask}
 */
public record U32Key(int mask, int value, int offset, int offsetMask) {
    /** Like {@code tc filter show}: {@code "match 00001389/0000ffff at 20"}. */
    @Override
    public String toString() {
        return String.format("match %08x/%08x at %d", value, mask, offset);
    }
}
