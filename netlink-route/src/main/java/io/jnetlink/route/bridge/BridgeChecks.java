package io.jnetlink.route.bridge;

/** Argument checks shared by the bridge requests: IllegalArgumentException naming the argument. */
final class BridgeChecks {
    private BridgeChecks() {
    }

    /** A VLAN id, 1..4094 (0 and 4095 are reserved by 802.1Q). */
    static int vid(int vid, String what) {
        if (vid < 1 || vid > 4094) {
            throw new IllegalArgumentException(what + " must be between 1 and 4094: " + vid);
        }
        return vid;
    }

    /** A vxlan network identifier, 24 bits. */
    static long vni(long vni, String what) {
        if (vni < 0 || vni > 0xFFFFFF) {
            throw new IllegalArgumentException(what + " must be between 0 and 16777215: " + vni);
        }
        return vni;
    }
}
