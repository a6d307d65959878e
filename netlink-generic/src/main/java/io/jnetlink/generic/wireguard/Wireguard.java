package io.jnetlink.generic.wireguard;

/**
 * Wireguard device configuration over generic netlink ({@code WG_GENL_NAME} "wireguard"):
 * {@code wg set}/{@code wg setconf} and {@code wg show DEV dump}.
 *
 * <pre>{@code
 * Wireguard.set("wg0").privateKey(WireguardKey.parse(priv)).listenPort(51820)
 *         .peer(WireguardPeerConfig.of(WireguardKey.parse(pub)).endpoint("192.0.2.1", 51821)
 *               .allowedIp("10.0.0.0/24").persistentKeepalive(25))
 *         .in(ns).apply();
 * }</pre>
 *
 * <p>The kernel these tests run on has no wireguard module: requests are checked byte for byte
 * against what the {@code wg} tool sends, and the decoder against how {@code wg} reads the same
 * reply; neither has met a real wireguard kernel here.
 */
public final class Wireguard {
    private Wireguard() {
    }

    /**
     * {@code wg set DEV ...}.
     *
     * @param device the wireguard device
     * @return the request
     * @throws IllegalArgumentException if the name is not a valid interface name
     */
    public static WireguardRequest set(String device) {
        return new WireguardRequest(device);
    }

    /**
     * {@code wg show DEV dump}.
     *
     * @param device the wireguard device
     * @return the request; {@code apply()} returns the device
     * @throws IllegalArgumentException if the name is not a valid interface name
     */
    public static WireguardShowRequest show(String device) {
        return new WireguardShowRequest(device);
    }
}
