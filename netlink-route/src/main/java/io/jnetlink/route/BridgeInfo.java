package io.jnetlink.route;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.route.wire.IfLink;

/**
 * Options of a bridge link ({@code IFLA_INFO_DATA} of kind {@code bridge}, {@code IFLA_BR_*}), as
 * {@code ip -d link show type bridge} prints them. Times are in the kernel's clock_t units,
 * hundredths of a second, exactly as {@code ip link} reads and writes them
 * ({@code forward_delay 1500} is 15 s).
 *
 * @param forwardDelay  {@code IFLA_BR_FORWARD_DELAY}
 * @param helloTime     {@code IFLA_BR_HELLO_TIME}
 * @param maxAge        {@code IFLA_BR_MAX_AGE}
 * @param ageingTime    {@code IFLA_BR_AGEING_TIME}
 * @param stpState      {@code IFLA_BR_STP_STATE} (0 off, 1 kernel STP, 2 user STP)
 * @param priority      {@code IFLA_BR_PRIORITY}
 * @param vlanFiltering {@code IFLA_BR_VLAN_FILTERING}
 */
public record BridgeInfo(long forwardDelay, long helloTime, long maxAge, long ageingTime, long stpState, int priority,
                         boolean vlanFiltering) {

    /** Decodes the {@code IFLA_BR_*} attributes {@code data} walks; absent ones read 0. */
    static BridgeInfo decode(AttributeReader data) {
        long forwardDelay = 0, helloTime = 0, maxAge = 0, ageingTime = 0, stp = 0;
        int priority = 0;
        boolean vlanFiltering = false;
        while (data.next()) {
            switch (data.type()) {
                case IfLink.IFLA_BR_FORWARD_DELAY -> forwardDelay = data.u32AsLong();
                case IfLink.IFLA_BR_HELLO_TIME -> helloTime = data.u32AsLong();
                case IfLink.IFLA_BR_MAX_AGE -> maxAge = data.u32AsLong();
                case IfLink.IFLA_BR_AGEING_TIME -> ageingTime = data.u32AsLong();
                case IfLink.IFLA_BR_STP_STATE -> stp = data.u32AsLong();
                case IfLink.IFLA_BR_PRIORITY -> priority = data.u16();
                case IfLink.IFLA_BR_VLAN_FILTERING -> vlanFiltering = data.u8() != 0;
                default -> {
                }
            }
        }
        return new BridgeInfo(forwardDelay, helloTime, maxAge, ageingTime, stp, priority, vlanFiltering);
    }
}
