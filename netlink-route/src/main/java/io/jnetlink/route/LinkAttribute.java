package io.jnetlink.route;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An attribute of a link message that the decoder does not interpret, kept as it came: the type
 * with its flag bits ({@code NLA_F_NESTED}, {@code NLA_F_NET_BYTEORDER}) and the value bytes
 * (without header and padding), so nothing the kernel said is lost.
 *
 * @param rawType the {@code nla_type} as on the wire, flags included
 * @param value   a copy of the value
 */
public record LinkAttribute(int rawType, byte[] value) {
    /**
     * The canonical constructor: keeps a copy of the array.
     *
     * @param rawType the {@code nla_type} as on the wire, flags included
     * @param value a copy of the value
     */
    public LinkAttribute {
        value = value.clone();
    }

    /** {@return the type without flag bits} */
    public int type() {
        return rawType & io.jnetlink.core.message.Nla.TYPE_MASK;
    }

    /** {@return a copy of the value} */
    @Override
    public byte[] value() {
        return value.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkAttribute a && a.rawType == rawType && Arrays.equals(a.value, value);
    }

    @Override
    public int hashCode() {
        return 31 * rawType + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "LinkAttribute[type=" + type() + (rawType != type() ? String.format(" flags=0x%04x", rawType & ~type()) : "")
                + " value=" + HexFormat.of().formatHex(value) + "]";
    }
}
