package io.jnetlink.route;

import io.jnetlink.core.message.AttributeReader;

import io.jnetlink.route.wire.IfLink;
import java.util.Optional;

/**
 * Options of a macvlan link ({@code IFLA_INFO_DATA} of kind {@code macvlan}, {@code IFLA_MACVLAN_*}),
 * as {@code ip -d link show type macvlan} prints them. The parent is the link's
 * {@link Link#linkIndex()}.
 *
 * @param modeRaw {@code IFLA_MACVLAN_MODE} as sent ({@code MACVLAN_MODE_*})
 * @param flags   {@code IFLA_MACVLAN_FLAGS}
 */
public record MacvlanInfo(int modeRaw, int flags) {
    /** {@return the mode, empty when the kernel sent a number this library does not know} */
    public Optional<MacvlanMode> mode() {
        return Optional.ofNullable(MacvlanMode.of(modeRaw));
    }

    static MacvlanInfo decode(AttributeReader data) {
        int mode = 0, flags = 0;
        while (data.next()) {
            switch (data.type()) {
                case IfLink.IFLA_MACVLAN_MODE -> mode = data.u32();
                case IfLink.IFLA_MACVLAN_FLAGS -> flags = data.u16();
                default -> {
                }
            }
        }
        return new MacvlanInfo(mode, flags);
    }
}
