package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.BpfProgram;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.NlMsgHeader;
import io.jnetlink.netfilter.wire.CtnlAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static io.jnetlink.core.BpfProgram.ABS;
import static io.jnetlink.core.BpfProgram.AD_NLATTR;
import static io.jnetlink.core.BpfProgram.AD_NLATTR_NEST;
import static io.jnetlink.core.BpfProgram.ALU;
import static io.jnetlink.core.BpfProgram.AND;
import static io.jnetlink.core.BpfProgram.B;
import static io.jnetlink.core.BpfProgram.H;
import static io.jnetlink.core.BpfProgram.IMM;
import static io.jnetlink.core.BpfProgram.IND;
import static io.jnetlink.core.BpfProgram.JEQ;
import static io.jnetlink.core.BpfProgram.JMP;
import static io.jnetlink.core.BpfProgram.JSET;
import static io.jnetlink.core.BpfProgram.K;
import static io.jnetlink.core.BpfProgram.LD;
import static io.jnetlink.core.BpfProgram.LDX;
import static io.jnetlink.core.BpfProgram.MEM;
import static io.jnetlink.core.BpfProgram.MISC;
import static io.jnetlink.core.BpfProgram.RET;
import static io.jnetlink.core.BpfProgram.ST;
import static io.jnetlink.core.BpfProgram.TAX;
import static io.jnetlink.core.BpfProgram.W;

/**
 * The kernel-side half of {@link ConntrackEvents#where}: a classic BPF program (the technique of
 * libnetfilter_conntrack's {@code nfct_filter_attach}) that walks each ctnetlink notification's
 * attributes with {@code SKF_AD_NLATTR}/{@code SKF_AD_NLATTR_NEST} and drops the entries the filter
 * refuses, with {@link ConntrackFilter#matches}'s reading of absent attributes (an absent zone,
 * mark or status is 0): zone and tuple on every notification, mark and status on an entry's first
 * one only (they change). Anything but a conntrack notification (errors, DONE, the subscription's
 * own dump replies, which carry {@code NLM_F_MULTI}) is accepted.
 */
final class ConntrackEventProgram {
    private static final int ACCEPT = -1; // RET k: keep min(k, len) bytes, i.e. all
    private static final int ATTRS = NlMsgHeader.LENGTH + NfGenMsg.NFGENMSG_LENGTH;
    private static final int TYPE_OFFSET = 4; // nlmsghdr.nlmsg_type (host order)
    private static final int FLAGS_OFFSET = 6; // nlmsghdr.nlmsg_flags (host order)
    private static final int SLOT_ORIG = 0;
    private static final int SLOT_IP = 1;
    private static final int SLOT_PROTO = 2;

    private final BpfProgram.Builder b = BpfProgram.builder();
    private int labels;

    private ConntrackEventProgram() {
    }

    /** {@return the program that accepts the notifications of the entries {@code filter} passes} */
    static BpfProgram of(ConntrackFilter filter) {
        return new ConntrackEventProgram().build(filter);
    }

    private BpfProgram build(ConntrackFilter f) {
        int type = NfGenMsg.NFNL_SUBSYS_CTNETLINK << 8;
        b.stmt(LD | H | ABS, TYPE_OFFSET)
                .jump(JMP | JEQ | K, loaded16(type | CtnlAttrs.IPCTNL_MSG_CT_NEW), "entry", "notNew")
                .label("notNew")
                .jump(JMP | JEQ | K, loaded16(type | CtnlAttrs.IPCTNL_MSG_CT_DELETE), "entry", "accept")
                .label("entry")
                .stmt(LD | H | ABS, FLAGS_OFFSET)
                .jump(JMP | JSET | K, loaded16(Netlink.NLM_F_MULTI), "accept", "filter")
                .label("filter");
        // zone and original tuple never change: every notification of another entry is dropped
        if (f.zoneOrNegative() >= 0) {
            topLevel(CtnlAttrs.CTA_ZONE, H, -1, f.zoneOrNegative());
        }
        if (f.hasTuple()) {
            tuple(f);
        }
        // mark and status do: an update may take an entry into or out of the filter, and the library
        // must see it (NEW, or DELETED), so only the first notification (NLM_F_CREATE) is judged on them
        if (f.markOrNegative() >= 0 || f.statusMask() != 0) {
            b.stmt(LD | H | ABS, FLAGS_OFFSET)
                    .jump(JMP | JSET | K, loaded16(Netlink.NLM_F_CREATE), "created", "accept")
                    .label("created");
        }
        if (f.markOrNegative() >= 0) {
            topLevel(CtnlAttrs.CTA_MARK, W, (int) f.markMask(), (int) f.markOrNegative());
        }
        if (f.statusMask() != 0) {
            topLevel(CtnlAttrs.CTA_STATUS, W, (int) f.statusMask(), (int) f.statusBits());
        }
        return b.label("accept").stmt(RET | K, ACCEPT).label("drop").stmt(RET | K, 0).build();
    }

    /** The original tuple's nests are found once and kept in M[]: 0 when absent. */
    private void tuple(ConntrackFilter f) {
        b.stmt(LD | IMM, ATTRS).stmt(LDX | IMM, CtnlAttrs.CTA_TUPLE_ORIG).stmt(LD | W | ABS, AD_NLATTR)
                .stmt(ST, SLOT_ORIG);
        nest(SLOT_ORIG, CtnlAttrs.CTA_TUPLE_IP, SLOT_IP);
        nest(SLOT_ORIG, CtnlAttrs.CTA_TUPLE_PROTO, SLOT_PROTO);
        if (f.protocolOrNegative() >= 0) {
            nested(SLOT_PROTO, CtnlAttrs.CTA_PROTO_NUM, B, f.protocolOrNegative());
        }
        if (f.sourcePortOrNegative() >= 0) {
            nested(SLOT_PROTO, CtnlAttrs.CTA_PROTO_SRC_PORT, H, f.sourcePortOrNegative());
        }
        if (f.destinationPortOrNegative() >= 0) {
            nested(SLOT_PROTO, CtnlAttrs.CTA_PROTO_DST_PORT, H, f.destinationPortOrNegative());
        }
        address(f.source(), CtnlAttrs.CTA_IP_V4_SRC, CtnlAttrs.CTA_IP_V6_SRC);
        address(f.destination(), CtnlAttrs.CTA_IP_V4_DST, CtnlAttrs.CTA_IP_V6_DST);
    }

    /** M[into] = offset of attribute {@code type} inside the nest at M[from], 0 when either is absent. */
    private void nest(int from, int type, int into) {
        String store = next();
        String look = next();
        b.stmt(LD | MEM, from).jump(JMP | JEQ | K, 0, store, look)
                .label(look).stmt(LDX | IMM, type).stmt(LD | W | ABS, AD_NLATTR_NEST)
                .label(store).stmt(ST, into);
    }

    /** Passes on when the top-level attribute's value, masked, is {@code value}; absent reads as 0. */
    private void topLevel(int type, int size, int mask, int value) {
        String found = next();
        String ok = next();
        b.stmt(LD | IMM, ATTRS).stmt(LDX | IMM, type).stmt(LD | W | ABS, AD_NLATTR)
                .jump(JMP | JEQ | K, 0, value == 0 ? ok : "drop", found).label(found);
        compare(size, mask, value, ok);
    }

    /** Passes on when attribute {@code type} of the nest at M[slot] is {@code value}; absent reads as 0. */
    private void nested(int slot, int type, int size, int value) {
        String look = next();
        String found = next();
        String ok = next();
        String absent = value == 0 ? ok : "drop";
        b.stmt(LD | MEM, slot).jump(JMP | JEQ | K, 0, absent, look)
                .label(look).stmt(LDX | IMM, type).stmt(LD | W | ABS, AD_NLATTR_NEST)
                .jump(JMP | JEQ | K, 0, absent, found).label(found);
        compare(size, -1, value, ok);
    }

    /** An address must be present and equal, word by word ({@code source.equals} in the library). */
    private void address(InetAddress address, int v4, int v6) {
        if (address == null) {
            return;
        }
        byte[] bytes = address.getAddress();
        String look = next();
        String found = next();
        b.stmt(LD | MEM, SLOT_IP).jump(JMP | JEQ | K, 0, "drop", look)
                .label(look).stmt(LDX | IMM, bytes.length == 16 ? v6 : v4).stmt(LD | W | ABS, AD_NLATTR_NEST)
                .jump(JMP | JEQ | K, 0, "drop", found).label(found).stmt(MISC | TAX, 0);
        ByteBuffer words = ByteBuffer.wrap(bytes); // big-endian, as BPF loads are
        for (int at = 0; at < bytes.length; at += 4) {
            String same = next();
            b.stmt(LD | W | IND, 4 + at).jump(JMP | JEQ | K, words.getInt(at), same, "drop").label(same);
        }
    }

    /** With A = the attribute's offset: load its payload (big-endian), mask, go to {@code ok} or drop. */
    private void compare(int size, int mask, int value, String ok) {
        b.stmt(MISC | TAX, 0).stmt(LD | size | IND, 4);
        if (mask != -1) {
            b.stmt(ALU | AND | K, mask);
        }
        b.jump(JMP | JEQ | K, value, ok, "drop").label(ok);
    }

    /** {@return a host-order u16 of the header as a BPF half-word load (big-endian) reads it} */
    static int loaded16(int hostValue) {
        return ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN ? hostValue
                : Short.toUnsignedInt(Short.reverseBytes((short) hostValue));
    }

    private String next() {
        return "L" + labels++;
    }
}
