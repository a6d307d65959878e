package io.jnetlink.route.tc;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.ActAttrs;

/**
 * {@code action police rate RATE burst BYTES conform-exceed EXCEED[/CONFORM]} ({@code struct tc_police}
 * with its rate table), without peak rate or average rate.
 *
 * @param rate           bytes per second
 * @param burst          bytes
 * @param exceedVerdict  the verdict for traffic over the rate ({@code TC_ACT_SHOT} for drop)
 * @param conformVerdict the verdict for traffic within it ({@code TCA_POLICE_RESULT}), 0 when not set
 */
public record PoliceAction(long rate, long burst, int exceedVerdict, int conformVerdict) implements TcAction {
    /**
     * Checks the ranges.
     *
     * @param rate bytes per second, not negative
     * @param burst bytes, 32 bits
     * @param exceedVerdict the exceed verdict
     * @param conformVerdict the conform verdict, or 0
     */
    public PoliceAction {
        if (rate < 0) {
            throw new IllegalArgumentException("police rate must not be negative: " + rate);
        }
        TcChecks.u32(burst, "burst");
    }

    /**
     * {@code police rate RATE burst BYTES conform-exceed drop}.
     *
     * @param rate a tc rate, e.g. {@code "1mbit"}
     * @param burst bytes
     * @return the action
     */
    public static PoliceAction drop(String rate, long burst) {
        return new PoliceAction(TcUnits.rate(rate, "rate"), TcChecks.positive(burst, "burst"), ActAttrs.TC_ACT_SHOT, 0);
    }

    @Override
    public String kind() {
        return "police";
    }

    @Override
    public void writeOptions(MessageWriter w) {
        long rate32 = TcStruct.u32Rate(rate);
        int cellLog = Psched.cellLog(0);
        int opts = w.beginNested(ActAttrs.TCA_ACT_OPTIONS);
        int at = TcStruct.beginStruct(w, ActAttrs.TCA_POLICE_TBF, ActAttrs.POLICE_LENGTH);
        w.putU32At(at + ActAttrs.POLICE_ACTION_OFFSET, exceedVerdict);
        w.putU32At(at + ActAttrs.POLICE_BURST_OFFSET, (int) Psched.xmittime(rate32, burst));
        if (rate32 != 0) {
            TcStruct.putRateSpec(w, at + ActAttrs.POLICE_RATE_OFFSET, cellLog, rate32);
        }
        TcStruct.endStruct(w, at);
        if (rate32 != 0) {
            TcStruct.putRateTable(w, ActAttrs.TCA_POLICE_RATE, rate32, cellLog);
        }
        if (conformVerdict != 0) {
            w.putAttrU32(ActAttrs.TCA_POLICE_RESULT, conformVerdict);
        }
        if (rate >= (1L << 32)) {
            w.putAttrU64(ActAttrs.TCA_POLICE_RATE64, rate);
        }
        w.endNested(opts);
    }
}
