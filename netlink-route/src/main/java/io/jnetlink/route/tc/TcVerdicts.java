package io.jnetlink.route.tc;

import io.jnetlink.route.wire.ActAttrs;

/** Names of {@code TC_ACT_*} verdicts as {@code tc} prints them. */
final class TcVerdicts {
    private TcVerdicts() {
    }

    static String name(int verdict) {
        return switch (verdict) {
            case ActAttrs.TC_ACT_UNSPEC -> "continue";
            case ActAttrs.TC_ACT_OK -> "pass";
            case ActAttrs.TC_ACT_RECLASSIFY -> "reclassify";
            case ActAttrs.TC_ACT_SHOT -> "drop";
            case ActAttrs.TC_ACT_PIPE -> "pipe";
            case ActAttrs.TC_ACT_STOLEN -> "stolen";
            default -> Integer.toString(verdict);
        };
    }
}
