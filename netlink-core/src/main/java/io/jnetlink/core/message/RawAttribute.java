package io.jnetlink.core.message;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An attribute a decoder does not interpret, kept as it came: the type with its flag bits
 * ({@code NLA_F_NESTED}, {@code NLA_F_NET_BYTEORDER}) and the value bytes (without header and
 * padding). Every record keeps the attributes it does not know as a list of these, so a record
 * read from the kernel and written back is byte-exact even for attributes this version does not
 * model (rust-netlink's {@code DefaultNla}).
 *
 * @param rawType the {@code nla_type} as on the wire, flags included
 * @param value   the value (copied in and out: the record stays immutable)
 */
public record RawAttribute(int rawType, byte[] value) {
    /**
     * Checks and copies.
     *
     * @param rawType the {@code nla_type} as on the wire, flags included (0..65535)
     * @param value the value bytes
     * @throws IllegalArgumentException if the type is out of range, the value null or too long for {@code nla_len}
     */
    public RawAttribute {
        if (rawType < 0 || rawType > 0xFFFF) {
            throw new IllegalArgumentException("rawType must be between 0 and 65535 (flag bits included): " + rawType);
        }
        if (value == null) {
            throw new IllegalArgumentException("value must not be null (use an empty array for a flag)");
        }
        if (value.length > Nla.MAX_LENGTH - Nla.HEADER_LENGTH) {
            throw new IllegalArgumentException("value of " + value.length + " bytes does not fit nla_len");
        }
        value = value.clone();
    }

    /**
     * Copies the attribute at {@code offset} of the reader's buffer (the type and value the reader
     * is positioned on).
     *
     * @param attributes a reader positioned on an attribute
     * @return the attribute, copied out of the buffer
     */
    public static RawAttribute copyOf(AttributeReader attributes) {
        byte[] bytes = new byte[attributes.valueLength()];
        attributes.buffer().get(attributes.valueOffset(), bytes);
        return new RawAttribute(attributes.rawType(), bytes);
    }

    /** {@return the type without flag bits ({@code nla_type & NLA_TYPE_MASK})} */
    public int type() {
        return rawType & Nla.TYPE_MASK;
    }

    /** {@return whether {@code NLA_F_NESTED} is set} */
    public boolean nested() {
        return (rawType & Nla.F_NESTED) != 0;
    }

    /** {@return a copy of the value} */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /**
     * Writes the attribute back as it came (type with its flag bits, value, zeroed padding).
     *
     * @param writer the message being written
     */
    public void writeTo(MessageWriter writer) {
        writer.putAttrBytes(rawType, value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawAttribute a && a.rawType == rawType && Arrays.equals(a.value, value);
    }

    @Override
    public int hashCode() {
        return 31 * rawType + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        int flags = rawType & ~Nla.TYPE_MASK;
        return "RawAttribute[type=" + type() + (flags != 0 ? String.format(" flags=0x%04x", flags) : "")
                + " value=" + HexFormat.of().formatHex(value) + "]";
    }
}
