package io.jnetlink.route.kinds;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.IflaInfoDataKinds;

/**
 * {@code ip link add NAME type bond [mode M] [miimon MS] [updelay MS] [downdelay MS]
 * [xmit_hash_policy P] [lacp_rate slow|fast] [min_links N]}. Enslave with
 * {@code Links.set(port).master(NAME)} ({@code ip link set PORT master NAME}).
 */
public final class BondRequest extends KindRequest<BondRequest> {
    /** {@code BOND_MODE_*}, as {@code mode} names them. */
    public enum Mode {
        /** {@code balance-rr} (0). */
        BALANCE_RR,
        /** {@code active-backup} (1). */
        ACTIVE_BACKUP,
        /** {@code balance-xor} (2). */
        BALANCE_XOR,
        /** {@code broadcast} (3). */
        BROADCAST,
        /** {@code 802.3ad} (4): LACP. */
        LACP,
        /** {@code balance-tlb} (5). */
        BALANCE_TLB,
        /** {@code balance-alb} (6). */
        BALANCE_ALB
    }

    /** {@code BOND_XMIT_POLICY_*}, as {@code xmit_hash_policy} names them. */
    public enum HashPolicy {
        /** {@code layer2} (0). */
        LAYER2,
        /** {@code layer3+4} (1). */
        LAYER3_4,
        /** {@code layer2+3} (2). */
        LAYER2_3,
        /** {@code encap2+3} (3). */
        ENCAP2_3,
        /** {@code encap3+4} (4). */
        ENCAP3_4,
        /** {@code vlan+srcmac} (5). */
        VLAN_SRCMAC
    }

    private Mode mode;
    private long miimon = -1;
    private long updelay = -1;
    private long downdelay = -1;
    private HashPolicy hashPolicy;
    private int lacpRate = -1;
    private long minLinks = -1;

    BondRequest(String name) {
        super(name);
    }

    /**
     * {@code mode M}.
     *
     * @param mode the bonding mode
     * @return this request
     */
    public BondRequest mode(Mode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("mode must not be null");
        }
        this.mode = mode;
        return this;
    }

    /**
     * {@code miimon MS}: link monitoring interval.
     *
     * @param millis milliseconds, 0..4294967295
     * @return this request
     */
    public BondRequest miimon(long millis) {
        this.miimon = u32(millis, "miimon");
        return this;
    }

    /**
     * {@code updelay MS}.
     *
     * @param millis milliseconds
     * @return this request
     */
    public BondRequest updelay(long millis) {
        this.updelay = u32(millis, "updelay");
        return this;
    }

    /**
     * {@code downdelay MS}.
     *
     * @param millis milliseconds
     * @return this request
     */
    public BondRequest downdelay(long millis) {
        this.downdelay = u32(millis, "downdelay");
        return this;
    }

    /**
     * {@code xmit_hash_policy P}.
     *
     * @param policy the transmit hash policy
     * @return this request
     */
    public BondRequest xmitHashPolicy(HashPolicy policy) {
        if (policy == null) {
            throw new IllegalArgumentException("xmit_hash_policy must not be null");
        }
        this.hashPolicy = policy;
        return this;
    }

    /**
     * {@code lacp_rate fast|slow}.
     *
     * @param fast true for fast (1 s), false for slow (30 s)
     * @return this request
     */
    public BondRequest lacpRateFast(boolean fast) {
        this.lacpRate = fast ? 1 : 0;
        return this;
    }

    /**
     * {@code min_links N}.
     *
     * @param links the minimum number of active links
     * @return this request
     */
    public BondRequest minLinks(long links) {
        this.minLinks = u32(links, "min_links");
        return this;
    }

    private static long u32(long v, String what) {
        if (v < 0 || v > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(what + " must be between 0 and 4294967295: " + v);
        }
        return v;
    }

    @Override
    String kind() {
        return "bond";
    }

    @Override
    void writeData(MessageWriter w) {
        if (mode != null) {
            w.putAttrU8(IflaInfoDataKinds.IFLA_BOND_MODE, mode.ordinal());
        }
        if (miimon >= 0) {
            w.putAttrU32(IflaInfoDataKinds.IFLA_BOND_MIIMON, (int) miimon);
        }
        if (updelay >= 0) {
            w.putAttrU32(IflaInfoDataKinds.IFLA_BOND_UPDELAY, (int) updelay);
        }
        if (downdelay >= 0) {
            w.putAttrU32(IflaInfoDataKinds.IFLA_BOND_DOWNDELAY, (int) downdelay);
        }
        if (hashPolicy != null) {
            w.putAttrU8(IflaInfoDataKinds.IFLA_BOND_XMIT_HASH_POLICY, hashPolicy.ordinal());
        }
        if (lacpRate >= 0) {
            w.putAttrU8(IflaInfoDataKinds.IFLA_BOND_AD_LACP_RATE, lacpRate);
        }
        if (minLinks >= 0) {
            w.putAttrU32(IflaInfoDataKinds.IFLA_BOND_MIN_LINKS, (int) minLinks);
        }
    }
}
