package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.AttributeReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule handles of a batch too large for echoes: the rule handles of every table before the batch
 * (at a known generation, which the batch then requires), and after it the new ones. The kernel
 * numbers a table's objects from one increasing counter, so a batch's new rules are, per table, the
 * smallest handles that were not there before, in the order they were added.
 */
final class RuleHandles {
    private final long generation;
    private final Set<String> existing;

    private RuleHandles(long generation, Set<String> existing) {
        this.generation = generation;
        this.existing = existing;
    }

    long generation() {
        return generation;
    }

    static RuleHandles snapshot(NetlinkConnection c, Transaction tx) {
        for (int attempt = 0; attempt < 10; attempt++) {
            long g1 = Nftables.generation().apply(c);
            Set<String> handles = new HashSet<>(dumpHandles(c));
            long g2 = Nftables.generation().apply(c);
            if (g1 == g2) {
                return new RuleHandles(g1, handles);
            }
        }
        throw new NetlinkException("nftables rule handle snapshot (the ruleset kept changing)", Errno.EAGAIN, null,
                -1, 0, NetlinkException.Source.KERNEL);
    }

    List<Long> newHandles(NetlinkConnection c, Transaction tx) {
        Map<String, TreeSet<Long>> fresh = new HashMap<>();
        for (String key : dumpHandles(c)) {
            if (!existing.contains(key)) {
                int cut = key.lastIndexOf('/');
                fresh.computeIfAbsent(key.substring(0, cut), k -> new TreeSet<>()).add(Long.parseLong(key.substring(cut + 1)));
            }
        }
        List<Long> out = new ArrayList<>();
        for (Operation op : tx.ops()) {
            if (!op.addsRule()) {
                continue;
            }
            if (op.rule().replacedHandle() != 0) {
                out.add(op.rule().replacedHandle());
                continue;
            }
            TreeSet<Long> candidates = fresh.get(op.family() + ":" + op.rule().table());
            if (candidates == null || candidates.isEmpty()) {
                throw new NetlinkException("nftables batch: no new rule handle for " + op.describe(), Errno.EPROTO,
                        null, -1, 0, NetlinkException.Source.KERNEL);
            }
            out.add(candidates.pollFirst());
        }
        return out;
    }

    /** Every rule as "family:table/handle". */
    private static List<String> dumpHandles(NetlinkConnection c) {
        AttributeReader a = new AttributeReader();
        return c.dumpToList("NFT_MSG_GETRULE (handles)", w -> {
            int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_NFTABLES, NftAttrs.NFT_MSG_GETRULE, 0, NfGenMsg.NFPROTO_UNSPEC, 0);
            w.endMessage(start);
        }, m -> {
            int family = m.payloadU8(NfGenMsg.FAMILY_OFFSET);
            m.attributes(a, NfGenMsg.NFGENMSG_LENGTH);
            String table = null;
            long handle = -1;
            while (a.next()) {
                if (a.type() == NftAttrs.NFTA_RULE_TABLE) {
                    table = KernelNames.read(a);
                } else if (a.type() == NftAttrs.NFTA_RULE_HANDLE) {
                    handle = a.u64Be();
                }
            }
            return table == null || handle < 0 ? null : family + ":" + table + "/" + handle;
        });
    }
}
