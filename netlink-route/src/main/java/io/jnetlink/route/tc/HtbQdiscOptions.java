package io.jnetlink.route.tc;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.HtbAttrs;
import io.jnetlink.route.wire.TcAttrs;

/**
 * The htb qdisc ({@code tc qdisc add dev D root handle 1: htb default 10 [r2q N] [direct_qlen N]};
 * {@code TCA_HTB_INIT}, {@code TCA_HTB_DIRECT_QLEN}).
 *
 * @param defaultClass      {@code default}: the minor of the class unclassified traffic goes to (0: sent unshaped)
 * @param rateToQuantum     {@code r2q}: divisor from rate to quantum (tc's default 10)
 * @param directQueueLength {@code direct_qlen}, or -1 when not set (kernel default: the device's txqueuelen)
 * @param version           {@code version} ({@code TC_HTB_PROTOVER} 3)
 * @param debug             {@code debug}
 * @param directPackets     {@code direct_pkts}: packets sent unshaped (out only)
 */
public record HtbQdiscOptions(long defaultClass, long rateToQuantum, long directQueueLength, long version, long debug,
                              long directPackets) implements QdiscOptions {
    /**
     * Checks the ranges.
     *
     * @param defaultClass {@code default}
     * @param rateToQuantum {@code r2q}
     * @param directQueueLength {@code direct_qlen}, or -1
     * @param version {@code version}
     * @param debug {@code debug}
     * @param directPackets {@code direct_pkts}
     */
    public HtbQdiscOptions {
        TcChecks.u32(defaultClass, "default class");
        TcChecks.u32(rateToQuantum, "r2q");
        if (directQueueLength != -1) {
            TcChecks.u32(directQueueLength, "direct_qlen");
        }
        TcChecks.u32(version, "version");
        TcChecks.u32(debug, "debug");
        TcChecks.u32(directPackets, "direct_pkts");
    }

    /**
     * {@code htb default MINOR} with tc's other defaults (r2q 10).
     *
     * @param minor the default class's minor number (hexadecimal in tc: {@code default 10} is 0x10)
     * @return the options
     */
    public static HtbQdiscOptions defaultClass(int minor) {
        return new HtbQdiscOptions(TcChecks.range(minor, 0, 0xFFFF, "default class"), 10, -1,
                HtbAttrs.TC_HTB_PROTOVER, 0, 0);
    }

    /**
     * {@code r2q N}.
     *
     * @param r2q the rate-to-quantum divisor
     * @return a copy with it
     */
    public HtbQdiscOptions withRateToQuantum(long r2q) {
        return new HtbQdiscOptions(defaultClass, TcChecks.positive(r2q, "r2q"), directQueueLength, version, debug, directPackets);
    }

    /**
     * {@code direct_qlen N}.
     *
     * @param packets the direct queue's length
     * @return a copy with it
     */
    public HtbQdiscOptions withDirectQueueLength(long packets) {
        return new HtbQdiscOptions(defaultClass, rateToQuantum, TcChecks.u32(packets, "direct_qlen"), version, debug, directPackets);
    }

    @Override
    public String kind() {
        return "htb";
    }

    @Override
    public void writeOptions(MessageWriter w) {
        int opts = w.beginNested(TcAttrs.TCA_OPTIONS, false);
        int at = TcStruct.beginStruct(w, HtbAttrs.TCA_HTB_INIT, HtbAttrs.GLOB_LENGTH);
        w.putU32At(at + HtbAttrs.GLOB_VERSION_OFFSET, (int) version);
        w.putU32At(at + HtbAttrs.GLOB_RATE2QUANTUM_OFFSET, (int) rateToQuantum);
        w.putU32At(at + HtbAttrs.GLOB_DEFCLS_OFFSET, (int) defaultClass);
        w.putU32At(at + HtbAttrs.GLOB_DEBUG_OFFSET, (int) debug);
        w.putU32At(at + HtbAttrs.GLOB_DIRECT_PKTS_OFFSET, (int) directPackets);
        TcStruct.endStruct(w, at);
        if (directQueueLength >= 0) {
            w.putAttrU32(HtbAttrs.TCA_HTB_DIRECT_QLEN, (int) directQueueLength);
        }
        w.endNested(opts);
    }

    /** Like {@code tc qdisc show}: {@code "htb r2q 10 default 0x10 direct_packets_stat 0 direct_qlen 1000"}. */
    @Override
    public String toString() {
        return "htb r2q " + rateToQuantum + " default 0x" + Long.toHexString(defaultClass) + " direct_packets_stat "
                + directPackets + (directQueueLength >= 0 ? " direct_qlen " + directQueueLength : "");
    }

    /** Reads the nested {@code TCA_OPTIONS} of an htb qdisc. */
    static HtbQdiscOptions decode(AttributeReader options) {
        long version = 0;
        long r2q = 0;
        long defcls = 0;
        long debug = 0;
        long direct = 0;
        long qlen = -1;
        while (options.next()) {
            switch (options.type()) {
                case HtbAttrs.TCA_HTB_INIT -> {
                    TcStruct.require(options, HtbAttrs.GLOB_LENGTH, "TCA_HTB_INIT");
                    version = TcStruct.u32(options, HtbAttrs.GLOB_VERSION_OFFSET);
                    r2q = TcStruct.u32(options, HtbAttrs.GLOB_RATE2QUANTUM_OFFSET);
                    defcls = TcStruct.u32(options, HtbAttrs.GLOB_DEFCLS_OFFSET);
                    debug = TcStruct.u32(options, HtbAttrs.GLOB_DEBUG_OFFSET);
                    direct = TcStruct.u32(options, HtbAttrs.GLOB_DIRECT_PKTS_OFFSET);
                }
                case HtbAttrs.TCA_HTB_DIRECT_QLEN -> qlen = TcStruct.u32Attr(options, "TCA_HTB_DIRECT_QLEN");
                default -> {
                }
            }
        }
        return new HtbQdiscOptions(defcls, r2q, qlen, version, debug, direct);
    }
}
