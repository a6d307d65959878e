package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkBatchException;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a {@link Transaction} as one nfnetlink batch datagram and matches every reply by sequence
 * number: ACKs and errors ({@code NLMSG_ERROR}) and the {@code NLM_F_ECHO} echoes of new rules,
 * which carry the handles the kernel gave them.
 *
 * <p>The datagram goes through {@link NetlinkConnection#transaction}, which holds the connection
 * for the exchange, so other threads may share the connection.
 */
final class TransactionExchange {
    /**
     * Receive buffer the one ACK takes: measured 832 bytes of skb truesize per ACK (Linux 6.18,
     * {@code Rmem} of {@code /proc/net/netlink} with 102 ACKs queued), rounded up.
     */
    private static final int RECEIVE_BYTES_PER_ACK = 1024;
    /**
     * Receive buffer an echo takes. The kernel builds rule notifications in NLMSG_GOODSIZE skbs
     * and coalesces the echoes of one batch into them (measured: 1,000 {@code masquerade} rule
     * echoes in 51 datagrams, 423 bytes of truesize per echo); kernels that send one skb per echo
     * trim it to its data (about 1 KiB of truesize), so 1 KiB covers both.
     */
    private static final int RECEIVE_BYTES_PER_ECHO = 1024;

    private TransactionExchange() {
    }

    /**
     * How the replies of a batch are asked for. Only the last operation carries
     * {@code NLM_F_ACK}: the kernel reports the error of any failing operation whether or not it
     * asked for an ACK, and applies all or nothing, so one ACK tells the outcome (nft ACKs every
     * operation; that costs a datagram and ~1 KiB of receive buffer per operation).
     */
    enum Mode {
        /** Rules carry {@code NLM_F_ECHO}: their echoes bring the handles the kernel gave them. */
        ECHO(true),
        /** Nothing echoed (handles, when wanted, come from dumps before and after). */
        QUIET(false);

        final boolean echo;

        Mode(boolean echo) {
            this.echo = echo;
        }
    }

    /**
     * Writes the batch: BEGIN, every operation (flags per {@code mode}), END. With {@code seqs}
     * null every sequence number is left 0 (for {@link NetlinkConnection#transaction} to assign);
     * else each message is numbered from {@code c} (or 1, 2, … without one) and its number stored
     * in {@code seqs}. Returns the number of messages.
     */
    static int encode(MessageWriter w, Transaction tx, NetlinkConnection c, Mode mode, long generation, int[] seqs) {
        List<Operation> ops = tx.ops();
        int begin = NfGenMsg.begin(w, 0, NfGenMsg.NFNL_MSG_BATCH_BEGIN, Netlink.NLM_F_REQUEST, NfGenMsg.NFPROTO_UNSPEC,
                NfGenMsg.NFNL_SUBSYS_NFTABLES);
        if (generation >= 0) {
            w.putAttrU32Be(NfGenMsg.NFNL_BATCH_GENID, (int) generation);
        }
        w.endMessage(begin);
        number(w, begin, c, seqs, 0);
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            int flags = Netlink.NLM_F_REQUEST | op.flags();
            if (!mode.echo) {
                flags &= ~Netlink.NLM_F_ECHO;
            }
            if (i == ops.size() - 1) {
                flags |= Netlink.NLM_F_ACK;
            }
            int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_NFTABLES, op.message(), flags, op.family(), 0);
            int at = w.reserve(op.attributes().length);
            w.buffer().put(at, op.attributes());
            w.endMessage(start);
            number(w, start, c, seqs, i + 1);
        }
        int end = NfGenMsg.begin(w, 0, NfGenMsg.NFNL_MSG_BATCH_END, Netlink.NLM_F_REQUEST, NfGenMsg.NFPROTO_UNSPEC,
                NfGenMsg.NFNL_SUBSYS_NFTABLES);
        w.endMessage(end);
        number(w, end, c, seqs, ops.size() + 1);
        return ops.size() + 2;
    }

    private static void number(MessageWriter w, int start, NetlinkConnection c, int[] seqs, int index) {
        if (seqs != null) {
            seqs[index] = c == null ? index + 1 : c.nextSequence();
            w.sequence(start, seqs[index]);
        }
    }

    /** Receive buffer the replies of {@code mode} take, estimated generously. */
    static long receiveBytes(Mode mode, int rules) {
        return RECEIVE_BYTES_PER_ACK + (mode.echo ? (long) rules * RECEIVE_BYTES_PER_ECHO : 0L);
    }

    /** Attempts of a transaction whose ruleset generation the library (not the caller) pinned, as nft retries. */
    static final int GENERATION_ATTEMPTS = 10;

    static TransactionResult run(NetlinkConnection c, Transaction tx) {
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(c, tx);
            } catch (TransactionException e) {
                // the generation was pinned here (rule handle snapshot), not by the caller: the
                // ruleset changed between the snapshot and the batch, so snapshot and send again
                if (!e.rulesetChanged() || tx.expectedGeneration() >= 0 || attempt >= GENERATION_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static TransactionResult runOnce(NetlinkConnection c, Transaction tx) {
        List<Operation> ops = tx.ops();
        MessageWriter w = new MessageWriter(Math.max(4096, ops.size() * 256));
        int rules = 0;
        for (Operation op : ops) {
            if (op.addsRule()) {
                rules++;
            }
        }
        boolean wantHandles = tx.collectsRuleHandles() && rules > 0;
        // One ACK (on the last operation) is enough: the kernel reports the error of any failing
        // operation regardless, and the batch is all-or-nothing. Per-operation ACKs would cost one
        // datagram (two receive syscalls) and ~1 KiB of receive buffer each.
        Mode mode = wantHandles ? echoModeFor(c, rules) : Mode.QUIET;
        RuleHandles before = mode == Mode.QUIET && wantHandles ? RuleHandles.snapshot(c, tx) : null;
        long generation = tx.expectedGeneration() >= 0 ? tx.expectedGeneration()
                : before != null ? before.generation() : -1;
        int[] seqs = new int[ops.size() + 2];
        encode(w, tx, c, mode, generation, seqs);
        long[] handles = new long[ops.size()];
        Arrays.fill(handles, -1);
        AttributeReader a = new AttributeReader();
        int newRule = NfGenMsg.type(NfGenMsg.NFNL_SUBSYS_NFTABLES, NftAttrs.NFT_MSG_NEWRULE);
        String operation = "nftables transaction of " + ops.size() + " operations";
        try {
            c.transaction(operation, w, i -> describe(ops, i, generation), reply -> {
                int index = indexOf(seqs, reply.sequence());
                if (reply.type() == newRule && index >= 1 && index <= ops.size()) {
                    reply.attributes(a, NfGenMsg.NFGENMSG_LENGTH);
                    if (a.find(NftAttrs.NFTA_RULE_HANDLE)) {
                        handles[index - 1] = a.u64Be();
                    }
                }
                return true;
            });
        } catch (NetlinkBatchException e) {
            throw TransactionException.of(e, ops.size(), generation);
        }
        if (!wantHandles) {
            return new TransactionResult(List.of());
        }
        if (before != null) {
            return new TransactionResult(before.newHandles(c, tx));
        }
        List<Long> ruleHandles = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i).addsRule()) {
                if (handles[i] < 0) {
                    throw NetlinkException.kernel(operation + ": no echo with the handle of " + describe(ops, i + 1, generation),
                            Errno.EPROTO, null, -1, seqs[i + 1]);
                }
                ruleHandles.add(handles[i]);
            }
        }
        return new TransactionResult(ruleHandles);
    }

    /**
     * Echoes when their receive buffer fits: the socket's buffer is grown when it can be; without
     * CAP_NET_ADMIN (a user namespace) it stops at net.core.rmem_max, and then the handles come
     * from rule dumps before and after the batch instead. A transport that is not a socket (a
     * test's fake kernel) takes the echoes as they come.
     */
    private static Mode echoModeFor(NetlinkConnection c, int rules) {
        if (!(c.transport() instanceof NetlinkSocket s)) {
            return Mode.ECHO;
        }
        long echo = receiveBytes(Mode.ECHO, rules);
        if (echo > 200 * 1024 && echo > s.receiveBufferSize() / 2) {
            s.receiveBufferSize((int) Math.min(echo, Integer.MAX_VALUE / 2), true);
        }
        return echo <= s.receiveBufferSize() ? Mode.ECHO : Mode.QUIET;
    }

    /**
     * Names message {@code index} of the datagram (0 is BATCH_BEGIN, the last BATCH_END) in errors;
     * operations count from 1, as "operation 3 of 5" reads.
     */
    static String describe(List<Operation> ops, int index, long generation) {
        if (index >= 1 && index <= ops.size()) {
            return "operation " + index + " of " + ops.size() + ": " + ops.get(index - 1).describe();
        }
        if (index == 0) {
            return "batch begin" + (generation >= 0 ? " (ruleset generation " + generation + " expected)" : "");
        }
        return "batch end";
    }

    private static int indexOf(int[] seqs, int seq) {
        int guess = seq - seqs[0];
        if (guess >= 0 && guess < seqs.length && seqs[guess] == seq) {
            return guess;
        }
        for (int i = 0; i < seqs.length; i++) {
            if (seqs[i] == seq) {
                return i;
            }
        }
        return -1;
    }

}
