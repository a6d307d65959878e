package io.jnetlink.route.kinds;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;

/**
 * The bond options ({@code -1}: not sent).
 *
 * @param mode {@code IFLA_BOND_MODE} (4 = 802.3ad)
 * @param miimon {@code IFLA_BOND_MIIMON}, ms
 * @param updelay {@code IFLA_BOND_UPDELAY}, ms
 * @param downdelay {@code IFLA_BOND_DOWNDELAY}, ms
 * @param xmitHashPolicy {@code IFLA_BOND_XMIT_HASH_POLICY}
 * @param lacpRate {@code IFLA_BOND_AD_LACP_RATE} (1 fast)
 * @param minLinks {@code IFLA_BOND_MIN_LINKS}
 * @param otherAttributes the {@code IFLA_INFO_DATA} attributes not decoded above, raw
 */
public record BondInfo(int mode, long miimon, long updelay, long downdelay, int xmitHashPolicy, int lacpRate, long minLinks, List<RawAttribute> otherAttributes) implements KindInfo {
    /**
     * Keeps an unmodifiable copy of the list.
     *
     * @param mode {@code IFLA_BOND_MODE} (4 = 802.3ad)
     * @param miimon {@code IFLA_BOND_MIIMON}, ms
     * @param updelay {@code IFLA_BOND_UPDELAY}, ms
     * @param downdelay {@code IFLA_BOND_DOWNDELAY}, ms
     * @param xmitHashPolicy {@code IFLA_BOND_XMIT_HASH_POLICY}
     * @param lacpRate {@code IFLA_BOND_AD_LACP_RATE} (1 fast)
     * @param minLinks {@code IFLA_BOND_MIN_LINKS}
     * @param otherAttributes the attributes not decoded above
     */
    public BondInfo {
        otherAttributes = List.copyOf(otherAttributes);
    }

    @Override
    public String kind() {
        return "bond";
    }
}
