package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.netfilter.wire.CtnlAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;

/**
 * One CPU's conntrack counters, a line of {@code conntrack -S}
 * ({@code IPCTNL_MSG_CT_GET_STATS_CPU}; the CPU is the reply's {@code nfgenmsg.res_id}).
 *
 * @param cpu           the CPU number
 * @param found         {@code CTA_STATS_FOUND}
 * @param invalid       {@code CTA_STATS_INVALID}
 * @param insert        {@code CTA_STATS_INSERT}
 * @param insertFailed  {@code CTA_STATS_INSERT_FAILED}
 * @param drop          {@code CTA_STATS_DROP}
 * @param earlyDrop     {@code CTA_STATS_EARLY_DROP}
 * @param error         {@code CTA_STATS_ERROR}
 * @param searchRestart {@code CTA_STATS_SEARCH_RESTART}
 * @param clashResolve  {@code CTA_STATS_CLASH_RESOLVE}
 * @param chainTooLong  {@code CTA_STATS_CHAIN_TOOLONG}
 */
public record ConntrackCpuStats(int cpu, long found, long invalid, long insert, long insertFailed, long drop,
                                long earlyDrop, long error, long searchRestart, long clashResolve, long chainTooLong) {

    /** Decodes one per-CPU reply; attributes this version does not know are skipped (counters only). */
    static ConntrackCpuStats decode(MessageReader m, AttributeReader a) {
        m.requirePayload(NfGenMsg.NFGENMSG_LENGTH, "nfgenmsg");
        int cpu = m.payloadU16Be(NfGenMsg.RES_ID_OFFSET);
        long[] v = new long[CtnlAttrs.CTA_STATS_CHAIN_TOOLONG + 1];
        for (m.attributes(a, NfGenMsg.NFGENMSG_LENGTH); a.next(); ) {
            if (a.type() < v.length) {
                v[a.type()] = Integer.toUnsignedLong(a.u32Be());
            }
        }
        return new ConntrackCpuStats(cpu, v[CtnlAttrs.CTA_STATS_FOUND], v[CtnlAttrs.CTA_STATS_INVALID],
                v[CtnlAttrs.CTA_STATS_INSERT], v[CtnlAttrs.CTA_STATS_INSERT_FAILED], v[CtnlAttrs.CTA_STATS_DROP],
                v[CtnlAttrs.CTA_STATS_EARLY_DROP], v[CtnlAttrs.CTA_STATS_ERROR], v[CtnlAttrs.CTA_STATS_SEARCH_RESTART],
                v[CtnlAttrs.CTA_STATS_CLASH_RESOLVE], v[CtnlAttrs.CTA_STATS_CHAIN_TOOLONG]);
    }

    /** {@code "cpu=0 found=0 invalid=0 insert=1 ..."} as {@code conntrack -S} prints it. */
    @Override
    public String toString() {
        return "cpu=" + cpu + " found=" + found + " invalid=" + invalid + " insert=" + insert + " insert_failed="
                + insertFailed + " drop=" + drop + " early_drop=" + earlyDrop + " error=" + error + " search_restart="
                + searchRestart + " clash_resolve=" + clashResolve + " chaintoolong=" + chainTooLong;
    }
}
