package io.jnetlink.route.kinds;

import io.jnetlink.core.DeviceFile;
import io.jnetlink.core.NetNamespace;

/**
 * tun/tap devices through {@code /dev/net/tun}, as {@code ip tuntap} makes them.
 *
 * <pre>{@code
 * TunTap.tap("tap0").user(0).in(ns).persist();     // ip -n NS tuntap add tap0 mode tap user 0
 * try (TunTapDevice tap = TunTap.tap("tap1").in(ns).open()) {   // owned by this program
 *     ...                                            // read/write frames; closing removes tap1
 * }
 * TunTap.delete("tap0", TunTap.Mode.TAP, ns);       // ip -n NS tuntap del tap0 mode tap
 * }</pre>
 * Read the options back with {@code LinkKindInfo.of(link)} ({@link TunInfo}).
 */
public final class TunTap {
    /** {@code mode tun|tap}. */
    public enum Mode {
        /** {@code tun}: layer-3 packets ({@code IFF_TUN}). */
        TUN(TunTapRequest.IFF_TUN),
        /** {@code tap}: Ethernet frames ({@code IFF_TAP}). */
        TAP(TunTapRequest.IFF_TAP);

        final int flag;

        Mode(int flag) {
            this.flag = flag;
        }
    }

    private TunTap() {
    }

    /**
     * {@code ip tuntap add NAME mode tap …}.
     *
     * @param name the device's name
     * @return the request; end with {@code persist()} or {@code open()}
     */
    public static TunTapRequest tap(String name) {
        return new TunTapRequest(name, TunTapRequest.IFF_TAP);
    }

    /**
     * {@code ip tuntap add NAME mode tun …}.
     *
     * @param name the device's name
     * @return the request; end with {@code persist()} or {@code open()}
     */
    public static TunTapRequest tun(String name) {
        return new TunTapRequest(name, TunTapRequest.IFF_TUN);
    }

    /**
     * {@code ip tuntap del NAME mode MODE}: clears the persist flag of a persistent device, which
     * removes it once no program holds it.
     *
     * @param name the device's name
     * @param mode its mode
     * @param namespace the namespace it is in
     */
    public static void delete(String name, Mode mode, NetNamespace namespace) {
        if (mode == null) {
            throw new IllegalArgumentException("mode must not be null");
        }
        TunTapRequest r = new TunTapRequest(name, mode.flag).in(namespace);
        try (DeviceFile tun = r.attach()) {
            tun.ioctl(TunIoctls.TUNSETPERSIST, 0, "TUNSETPERSIST " + name);
        }
    }
}
