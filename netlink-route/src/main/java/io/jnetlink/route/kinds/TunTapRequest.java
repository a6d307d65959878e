package io.jnetlink.route.kinds;

import io.jnetlink.core.DeviceFile;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.net.InterfaceNames;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * {@code ip tuntap add NAME mode tun|tap [user U] [group G] [multi_queue] [pi] [vnet_hdr]}, through
 * {@code /dev/net/tun} ({@code TUNSETIFF}, {@code TUNSETOWNER}, {@code TUNSETGROUP},
 * {@code TUNSETPERSIST}): {@link #persist()} leaves a persistent device as {@code ip tuntap} does;
 * {@link #open()} keeps the device owned by this program, gone when the handle is closed. Made by
 * {@link TunTap}.
 */
public final class TunTapRequest {
    /** {@code struct ifreq}: {@code ifr_name[IFNAMSIZ]} then a union of 24 bytes on 64-bit ABIs (16 on 32-bit). */
    static final int IFREQ_LENGTH = 40;
    static final int IFR_FLAGS_OFFSET = 16;
    /** {@code IFF_TUN}, {@code <linux/if_tun.h>}. */
    static final int IFF_TUN = 0x0001;
    /** {@code IFF_TAP}. */
    static final int IFF_TAP = 0x0002;
    /** {@code IFF_MULTI_QUEUE}. */
    static final int IFF_MULTI_QUEUE = 0x0100;
    /** {@code IFF_NO_PI}: no 4-byte packet-information header (iproute2's default). */
    static final int IFF_NO_PI = 0x1000;
    /** {@code IFF_VNET_HDR}. */
    static final int IFF_VNET_HDR = 0x4000;

    private final String name;
    private final int mode;
    private NetNamespace namespace;
    private long user = -1;
    private long group = -1;
    private boolean multiQueue;
    private boolean packetInfo;
    private boolean vnetHeader;

    TunTapRequest(String name, int mode) {
        this.name = InterfaceNames.check(name, "tuntap name");
        this.mode = mode;
    }

    /**
     * {@code ip -n NS tuntap …}: creates the device in {@code namespace} (default: the caller's).
     *
     * @param namespace the network namespace
     * @return this request
     */
    public TunTapRequest in(NetNamespace namespace) {
        if (namespace == null) {
            throw new IllegalArgumentException("namespace must not be null");
        }
        this.namespace = namespace;
        return this;
    }

    /**
     * {@code user U}: the uid allowed to attach to the device ({@code TUNSETOWNER}); it must be
     * mapped in the caller's user namespace.
     *
     * @param uid the owner's uid
     * @return this request
     */
    public TunTapRequest user(long uid) {
        if (uid < 0 || uid > 0xFFFFFFFEL) {
            throw new IllegalArgumentException("user must be between 0 and 4294967294: " + uid);
        }
        this.user = uid;
        return this;
    }

    /**
     * {@code group G}: the gid allowed to attach ({@code TUNSETGROUP}).
     *
     * @param gid the group's gid
     * @return this request
     */
    public TunTapRequest group(long gid) {
        if (gid < 0 || gid > 0xFFFFFFFEL) {
            throw new IllegalArgumentException("group must be between 0 and 4294967294: " + gid);
        }
        this.group = gid;
        return this;
    }

    /**
     * {@code multi_queue} ({@code IFF_MULTI_QUEUE}).
     *
     * @return this request
     */
    public TunTapRequest multiQueue() {
        this.multiQueue = true;
        return this;
    }

    /**
     * {@code pi}: prefix each packet with {@code struct tun_pi} (off by default, as in {@code ip tuntap}).
     *
     * @return this request
     */
    public TunTapRequest packetInfo() {
        this.packetInfo = true;
        return this;
    }

    /**
     * {@code vnet_hdr} ({@code IFF_VNET_HDR}).
     *
     * @return this request
     */
    public TunTapRequest vnetHeader() {
        this.vnetHeader = true;
        return this;
    }

    /** {@return the {@code ifr_flags} this request sets with {@code TUNSETIFF}} */
    int flags() {
        return mode | (packetInfo ? 0 : IFF_NO_PI) | (multiQueue ? IFF_MULTI_QUEUE : 0) | (vnetHeader ? IFF_VNET_HDR : 0);
    }

    /**
     * {@code ip tuntap add …}: creates a persistent device (it stays after this call, until
     * {@link TunTap#delete} or {@code ip link del}).
     */
    public void persist() {
        try (DeviceFile tun = attach()) {
            tun.ioctl(TunIoctls.TUNSETPERSIST, 1, "TUNSETPERSIST " + name);
        }
    }

    /**
     * Creates the device owned by this program: it lives while the returned handle is open.
     *
     * @return the open device; read and write frames through it, close it to remove the device
     */
    public TunTapDevice open() {
        return new TunTapDevice(name, attach());
    }

    /** Opens {@code /dev/net/tun} in the namespace and attaches it to the device (creating it), with owner and group. */
    DeviceFile attach() {
        DeviceFile tun = DeviceFile.open("/dev/net/tun", namespace != null ? namespace : NetNamespace.current());
        try {
            tun.ioctl(TunIoctls.TUNSETIFF, ifreq(name, flags()), "TUNSETIFF " + name);
            if (user >= 0) {
                tun.ioctl(TunIoctls.TUNSETOWNER, user, "TUNSETOWNER " + name);
            }
            if (group >= 0) {
                tun.ioctl(TunIoctls.TUNSETGROUP, group, "TUNSETGROUP " + name);
            }
            return tun;
        } catch (RuntimeException e) {
            tun.close();
            throw e;
        }
    }

    /** A {@code struct ifreq} with the name and flags. */
    static ByteBuffer ifreq(String name, int flags) {
        ByteBuffer b = ByteBuffer.allocateDirect(IFREQ_LENGTH).order(ByteOrder.nativeOrder());
        b.put(0, name.getBytes(StandardCharsets.US_ASCII));
        b.putShort(IFR_FLAGS_OFFSET, (short) flags);
        return b;
    }
}
