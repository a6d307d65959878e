package io.jnetlink.generic.wireguard;

import java.util.Arrays;
import java.util.Base64;

import static io.jnetlink.generic.wireguard.wire.WgAttrs.WG_KEY_LEN;

/**
 * A 32-byte wireguard key ({@code WG_KEY_LEN}), written in base64 as {@code wg} shows it.
 * {@link #toString()} shows a private key too: treat records holding one as secret.
 */
public final class WireguardKey {
    private final byte[] bytes;

    private WireguardKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * A key from its 32 bytes.
     *
     * @param bytes the key
     * @return the key (the bytes are copied)
     * @throws IllegalArgumentException unless exactly 32 bytes
     */
    public static WireguardKey of(byte[] bytes) {
        if (bytes == null || bytes.length != WG_KEY_LEN) {
            throw new IllegalArgumentException("wireguard key must be " + WG_KEY_LEN + " bytes: "
                    + (bytes == null ? "null" : bytes.length));
        }
        return new WireguardKey(bytes.clone());
    }

    /**
     * A key from base64, as {@code wg genkey} prints it.
     *
     * @param base64 44 characters of base64
     * @return the key
     * @throws IllegalArgumentException unless base64 of 32 bytes
     */
    public static WireguardKey parse(String base64) {
        byte[] b;
        try {
            b = Base64.getDecoder().decode(base64 == null ? "" : base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("wireguard key must be base64 of 32 bytes: " + base64, e);
        }
        return of(b);
    }

    /** {@return a copy of the 32 bytes} */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** {@return whether all bytes are 0 (the kernel's way of saying "no preshared key")} */
    public boolean isZero() {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WireguardKey k && Arrays.equals(k.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** {@return the base64 form} */
    @Override
    public String toString() {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
