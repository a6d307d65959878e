package io.jnetlink.netfilter.render;

import io.jnetlink.netfilter.Family;
import io.jnetlink.netfilter.NftSet;
import io.jnetlink.netfilter.SetElement;
import io.jnetlink.netfilter.expr.Bitwise;
import io.jnetlink.netfilter.expr.Cmp;
import io.jnetlink.netfilter.expr.CompatMatch;
import io.jnetlink.netfilter.expr.CompatTarget;
import io.jnetlink.netfilter.expr.Counter;
import io.jnetlink.netfilter.expr.Ct;
import io.jnetlink.netfilter.expr.CtSet;
import io.jnetlink.netfilter.expr.Dup;
import io.jnetlink.netfilter.expr.Dynset;
import io.jnetlink.netfilter.expr.Expression;
import io.jnetlink.netfilter.expr.Exthdr;
import io.jnetlink.netfilter.expr.Fib;
import io.jnetlink.netfilter.expr.Fwd;
import io.jnetlink.netfilter.expr.Hash;
import io.jnetlink.netfilter.expr.Immediate;
import io.jnetlink.netfilter.expr.Limit;
import io.jnetlink.netfilter.expr.Log;
import io.jnetlink.netfilter.expr.Lookup;
import io.jnetlink.netfilter.expr.Masquerade;
import io.jnetlink.netfilter.expr.Meta;
import io.jnetlink.netfilter.expr.MetaSet;
import io.jnetlink.netfilter.expr.NatExpression;
import io.jnetlink.netfilter.expr.NftData;
import io.jnetlink.netfilter.expr.Notrack;
import io.jnetlink.netfilter.expr.Numgen;
import io.jnetlink.netfilter.expr.Objref;
import io.jnetlink.netfilter.expr.Payload;
import io.jnetlink.netfilter.expr.PayloadSet;
import io.jnetlink.netfilter.expr.Queue;
import io.jnetlink.netfilter.expr.Quota;
import io.jnetlink.netfilter.expr.Range;
import io.jnetlink.netfilter.expr.Redirect;
import io.jnetlink.netfilter.expr.Reject;
import io.jnetlink.netfilter.expr.Rt;
import io.jnetlink.netfilter.expr.Socket;
import io.jnetlink.netfilter.expr.Tproxy;
import io.jnetlink.netfilter.expr.Verdict;
import io.jnetlink.netfilter.expr.VerdictExpression;
import io.jnetlink.netfilter.object.Durations;
import io.jnetlink.netfilter.render.Field.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Turns one rule's expressions back into nft statements, as nft's delinearization does: register
 * loads become the left side of the compare, lookup or statement that reads them, and a
 * {@code meta l4proto} match that a later transport header field implies is left out.
 */
final class RuleRenderer {
    private final Family family;
    private final IntFunction<String> ifnames;
    private final Function<String, NftSet> sets;
    private final Map<Integer, Field> regs = new HashMap<>();
    private final List<String> out = new ArrayList<>();
    /**
     * Index in {@link #out} of a match a later field may make redundant, by layer: [3] {@code meta nfproto}
     * (implied by a network header field), [4] {@code meta l4proto} (by a transport header field); -1 if none.
     */
    private final int[] dependency = {-1, -1, -1, -1, -1};
    /** The protocol of the last {@code meta l4proto} match, for transport fields and compat matches. */
    private String l4 = "th";

    RuleRenderer(Family family, IntFunction<String> ifnames, Function<String, NftSet> sets) {
        this.family = family;
        this.ifnames = ifnames;
        this.sets = sets;
    }

    String render(List<Expression> expressions) {
        for (Expression e : expressions) {
            step(e);
        }
        List<String> kept = new ArrayList<>();
        for (String s : out) {
            if (s != null) {
                kept.add(s);
            }
        }
        return String.join(" ", kept);
    }

    private void emit(String statement) {
        out.add(statement);
    }

    private Field reg(int r) {
        Field f = regs.get(r);
        return f != null ? f : Field.of("reg" + r, Kind.HEX);
    }

    /** A header field was used: the {@code meta nfproto}/{@code meta l4proto} match before it is implied. */
    private void transportUsed(Field f) {
        if (f.layer() > 0 && dependency[f.layer()] >= 0) {
            out.set(dependency[f.layer()], null);
            dependency[f.layer()] = -1;
        }
    }

    private void step(Expression e) {
        if (e instanceof Payload p) {
            regs.put(p.destRegister(), payloadField(p.base(), p.offset(), p.length()));
        } else if (e instanceof Meta m) {
            regs.put(m.destRegister(), metaField(m.key()));
        } else if (e instanceof Ct c) {
            regs.put(c.destRegister(), ctField(c.key()));
        } else if (e instanceof Fib f) {
            regs.put(f.destRegister(), fibField(f));
        } else if (e instanceof Socket s) {
            String key = s.key() == Socket.TRANSPARENT ? "transparent" : s.key() == Socket.MARK ? "mark"
                    : s.key() == Socket.WILDCARD ? "wildcard" : "cgroupv2 level " + s.level();
            regs.put(s.destRegister(), Field.of("socket " + key, s.key() == Socket.MARK ? Kind.MARK : Kind.DECIMAL));
        } else if (e instanceof Numgen n) {
            regs.put(n.destRegister(), Field.of("numgen " + (n.type() == Numgen.RANDOM ? "random" : "inc") + " mod " + n.modulus()
                    + (n.offset() != 0 ? " offset " + n.offset() : ""), Kind.DECIMAL));
        } else if (e instanceof Hash h) {
            String of = h.type() == Hash.SYMMETRIC ? "symhash" : "jhash " + reg(h.sourceRegister()).text();
            regs.put(h.destRegister(), Field.of(of + " mod " + h.modulus() + (h.seed() >= 0 ? String.format(" seed 0x%x", h.seed()) : "")
                    + (h.offset() != 0 ? " offset " + h.offset() : ""), Kind.DECIMAL));
        } else if (e instanceof Rt r) {
            regs.put(r.destRegister(), Field.of(r.key() == Rt.TCPMSS ? "rt mtu" : "rt key " + r.key(), Kind.DECIMAL));
        } else if (e instanceof Exthdr x && x.destRegister() >= 0) {
            regs.put(x.destRegister(), exthdrField(x));
        } else if (e instanceof Immediate i) {
            regs.put(i.destRegister(), Field.constant(i.data()));
        } else if (e instanceof Bitwise b) {
            regs.put(b.destRegister(), reg(b.sourceRegister()).masked(b.mask().bytes()));
        } else if (e instanceof Cmp c) {
            compare(reg(c.sourceRegister()), c.op(), c.data());
        } else if (e instanceof Range r) {
            Field f = reg(r.sourceRegister());
            transportUsed(f);
            emit(f.text() + (r.op() == Range.NEQ ? " != " : " ") + Values.format(f.kind(), r.from()) + "-" + Values.format(f.kind(), r.to()));
        } else if (e instanceof Lookup l) {
            Field f = reg(l.sourceRegister());
            transportUsed(f);
            emit(f.text() + (l.inverted() ? " != " : " ") + setReference(l.set(), f.kind()));
        } else {
            emit(statement(e));
        }
    }

    private void compare(Field f, int op, NftData data) {
        transportUsed(f);
        String ops = switch (op) {
            case Cmp.NEQ -> "!= ";
            case Cmp.LT -> "< ";
            case Cmp.LTE -> "<= ";
            case Cmp.GT -> "> ";
            case Cmp.GTE -> ">= ";
            default -> "";
        };
        if (f.mask() == null) {
            String lower = f.text() + " >= ";
            if (op == Cmp.LTE && !out.isEmpty() && out.get(out.size() - 1) != null && out.get(out.size() - 1).startsWith(lower)) {
                // nft matches a range as two compares of one register: print it as the range it was written
                out.set(out.size() - 1, f.text() + " " + out.get(out.size() - 1).substring(lower.length()) + "-"
                        + Values.format(f.kind(), data));
                return;
            }
            if (f.kind() == Kind.L4PROTO && f.text().equals("meta l4proto") && op == Cmp.EQ) {
                l4 = Values.format(Kind.L4PROTO, data);
                dependency[4] = out.size();
            } else if (f.kind() == Kind.NFPROTO && op == Cmp.EQ && family == Family.INET) {
                dependency[3] = out.size();
            }
            emit(f.text() + " " + ops + Values.format(f.kind(), data));
            return;
        }
        boolean zero = Values.host(data.bytes()) == 0;
        if ((f.kind() == Kind.CTSTATE || f.kind() == Kind.CTSTATUS) && zero) {
            String names = Values.format(f.kind(), NftData.of(f.mask()));
            emit(f.text() + (op == Cmp.EQ ? " != " : " ") + names);
        } else if (f.kind() == Kind.TCPFLAGS) {
            emit(f.text() + " " + ops + Values.format(f.kind(), data) + " / " + Values.format(f.kind(), NftData.of(f.mask())));
        } else if ((f.kind() == Kind.IPV4 || f.kind() == Kind.IPV6) && Values.prefix(f.mask()) >= 0) {
            byte[] address = java.util.Arrays.copyOf(data.bytes(), f.mask().length); // a shortened load's data: zero-padded
            emit(f.text() + " " + ops + Values.format(f.kind(), NftData.of(address)) + "/" + Values.prefix(f.mask()));
        } else {
            emit(f.text() + " & " + Values.format(f.kind(), NftData.of(f.mask())) + " " + (ops.isEmpty() ? "== " : ops)
                    + Values.format(f.kind(), data));
        }
    }

    private String setReference(String name, Kind kind) {
        NftSet set = sets.apply(name);
        if (set == null || !name.startsWith("__set")) {
            return "@" + name;
        }
        List<byte[]> keys = new ArrayList<>();
        for (SetElement el : set.elements()) {
            if ((el.flags() & 1) == 0) { // not an interval's end
                keys.add(el.key().bytes());
            }
        }
        keys.sort(java.util.Arrays::compareUnsigned); // nft prints elements sorted by value
        List<String> items = new ArrayList<>();
        for (byte[] k : keys) {
            items.add(Values.format(kind, NftData.of(k)));
        }
        return "{ " + String.join(", ", items) + " }";
    }

    private Field payloadField(int base, int offset, int length) {
        if (base == Payload.NETWORK_HEADER && family != Family.IP6 && family != Family.NETDEV) {
            if ((offset == 12 || offset == 16) && length >= 1 && length <= 4) {
                Field f = Field.of(offset == 12 ? "ip saddr" : "ip daddr", Kind.IPV4).atLayer(3);
                // iptables-nft loads only a prefix's whole bytes: nft prints the address with that prefix
                return length == 4 ? f : f.masked(prefixMask(length * 8, 4));
            } else if (offset == 9 && length == 1) {
                return Field.of("ip protocol", Kind.L4PROTO).atLayer(3);
            }
        }
        if (base == Payload.NETWORK_HEADER && (offset == 8 || offset == 24) && length >= 1 && length <= 16
                && family != Family.IP) {
            Field f = Field.of(offset == 8 ? "ip6 saddr" : "ip6 daddr", Kind.IPV6).atLayer(3);
            return length == 16 ? f : f.masked(prefixMask(length * 8, 16));
        }
        if (base == Payload.TRANSPORT_HEADER) {
            if (length == 2 && (offset == 0 || offset == 2)) {
                return new Field(l4 + (offset == 0 ? " sport" : " dport"), Kind.PORT, null, null, 4);
            } else if (offset == 13 && length == 1 && l4.equals("tcp")) {
                return new Field("tcp flags", Kind.TCPFLAGS, null, null, 4);
            }
        }
        String b = base == Payload.LINK_HEADER ? "ll" : base == Payload.NETWORK_HEADER ? "nh" : "th";
        return Field.of("@" + b + "," + offset * 8 + "," + length * 8, Kind.HEX);
    }

    private static byte[] prefixMask(int bits, int bytes) {
        byte[] m = new byte[bytes];
        for (int i = 0; i < bits; i++) {
            m[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        return m;
    }

    private static Field metaField(int key) {
        return switch (key) {
            case Meta.MARK -> Field.of("meta mark", Kind.MARK);
            case Meta.IIFNAME -> Field.of("iifname", Kind.IFNAME);
            case Meta.OIFNAME -> Field.of("oifname", Kind.IFNAME);
            case Meta.L4PROTO -> Field.of("meta l4proto", Kind.L4PROTO);
            case Meta.NFPROTO -> Field.of("meta nfproto", Kind.NFPROTO);
            case Meta.IIF -> Field.of("iif", Kind.DECIMAL);
            case Meta.OIF -> Field.of("oif", Kind.DECIMAL);
            case Meta.SKUID -> Field.of("meta skuid", Kind.DECIMAL);
            case Meta.SKGID -> Field.of("meta skgid", Kind.DECIMAL);
            case 24 -> Field.of("meta random", Kind.DECIMAL); // NFT_META_PRANDOM
            default -> Field.of("meta key " + key, Kind.HEX);
        };
    }

    private static Field ctField(int key) {
        return switch (key) {
            case Ct.STATE -> Field.of("ct state", Kind.CTSTATE);
            case Ct.STATUS -> Field.of("ct status", Kind.CTSTATUS);
            case Ct.MARK -> Field.of("ct mark", Kind.MARK);
            default -> Field.of("ct key " + key, Kind.HEX);
        };
    }

    private static Field fibField(Fib f) {
        StringBuilder s = new StringBuilder("fib ");
        s.append((f.flags() & Fib.F_SADDR) != 0 ? "saddr" : "daddr");
        if ((f.flags() & Fib.F_MARK) != 0) {
            s.append(" . mark");
        }
        if ((f.flags() & Fib.F_IIF) != 0) {
            s.append(" . iif");
        }
        if ((f.flags() & Fib.F_OIF) != 0) {
            s.append(" . oif");
        }
        return switch (f.result()) {
            case Fib.RESULT_OIF -> Field.of(s + " oif", Kind.DECIMAL);
            case Fib.RESULT_OIFNAME -> Field.of(s + " oifname", Kind.IFNAME);
            default -> Field.of(s + " type", Kind.ADDRTYPE);
        };
    }

    private static Field exthdrField(Exthdr x) {
        if (x.op() == Exthdr.TCPOPT && x.type() == 2 && x.offset() == 2 && x.length() == 2) {
            return new Field("tcp option maxseg size", Kind.PORT, null, null, 4);
        }
        String op = x.op() == Exthdr.TCPOPT ? "tcp option" : x.op() == Exthdr.IPV4 ? "ip option" : "exthdr";
        return Field.of(op + " @" + x.type() + "," + x.offset() * 8 + "," + x.length() * 8, Kind.DECIMAL);
    }

    private String ifname(int register) {
        Field f = reg(register);
        return f.value() != null ? "\"" + ifnames.apply((int) Values.host(f.value().bytes())) + "\"" : f.text();
    }

    private String port(int register) {
        return reg(register).as(Kind.PORT);
    }

    /** The statements: everything that does not only load a register. */
    private String statement(Expression e) {
        if (e instanceof VerdictExpression v) {
            return verdict(v.verdict());
        } else if (e instanceof Counter c) {
            return "counter " + c.renderObject();
        } else if (e instanceof Limit l) {
            return "limit " + l.renderObject();
        } else if (e instanceof Quota q) {
            return "quota " + q.renderObject();
        } else if (e instanceof Objref o) {
            return o.objectName() != null ? io.jnetlink.netfilter.NftObject.typeName(o.objectType()) + " name \"" + o.objectName() + "\""
                    : "# objref map @" + o.setName();
        } else if (e instanceof Notrack) {
            return "notrack";
        } else if (e instanceof Log l) {
            return "log" + (l.prefix() != null ? " prefix \"" + l.prefix() + "\"" : "") + (l.group() >= 0 ? " group " + l.group() : "");
        } else if (e instanceof Reject r) {
            return r.type() == Reject.TCP_RST ? "reject with tcp reset"
                    : r.type() == Reject.ICMPX_UNREACH && r.icmpCode() == 1 && family == Family.INET ? "reject" // inet's default
                    : r.type() == Reject.ICMPX_UNREACH ? "reject with icmpx " + icmpx(r.icmpCode())
                    : r.icmpCode() == 3 ? "reject" : "reject with icmp " + r.icmpCode();
        } else if (e instanceof MetaSet m) {
            Field key = metaField(m.key());
            return key.text() + " set " + reg(m.sourceRegister()).as(key.kind());
        } else if (e instanceof CtSet c) {
            Field key = ctField(c.key());
            return key.text() + " set " + reg(c.sourceRegister()).as(key.kind());
        } else if (e instanceof PayloadSet p) {
            Field f = payloadField(p.base(), p.offset(), p.length());
            transportUsed(f);
            return f.text() + " set " + reg(p.sourceRegister()).as(f.kind());
        } else if (e instanceof Exthdr x) {
            Field f = exthdrField(x);
            transportUsed(f);
            return f.text() + " set " + reg(x.sourceRegister()).as(f.kind());
        } else if (e instanceof NatExpression n) {
            return nat(n);
        } else if (e instanceof Masquerade m) {
            return "masquerade" + (m.protoMinRegister() > 0 ? " to :" + portRange(m.protoMinRegister(), m.protoMaxRegister()) : "")
                    + natFlags(m.flags());
        } else if (e instanceof Redirect r) {
            return "redirect" + (r.protoMinRegister() > 0 ? " to :" + portRange(r.protoMinRegister(), r.protoMaxRegister()) : "")
                    + natFlags(r.flags());
        } else if (e instanceof Dup d) {
            return "dup to " + reg(d.addressRegister()).as(family == Family.IP6 ? Kind.IPV6 : Kind.IPV4)
                    + (d.deviceRegister() >= 0 ? " device " + ifname(d.deviceRegister()) : "");
        } else if (e instanceof Fwd f) {
            return "fwd to " + ifname(f.deviceRegister());
        } else if (e instanceof Tproxy t) {
            return "tproxy to " + (t.addressRegister() >= 0 ? reg(t.addressRegister()).as(t.family() == 10 ? Kind.IPV6 : Kind.IPV4) : "")
                    + (t.portRegister() >= 0 ? ":" + port(t.portRegister()) : "");
        } else if (e instanceof Queue q) {
            return "queue" + (q.numberRegister() >= 0 ? " to " + reg(q.numberRegister()).text()
                    : " num " + q.number() + (q.total() > 1 ? "-" + (q.number() + q.total() - 1) : ""))
                    + ((q.flags() & (Queue.BYPASS | Queue.FANOUT)) != 0 ? " " + Values.flags(q.flags(), new String[] {"bypass", "fanout"}) : "");
        } else if (e instanceof Dynset d) {
            return dynset(d);
        } else if (e instanceof CompatMatch m) {
            return CompatTranslations.match(m, l4);
        } else if (e instanceof CompatTarget t) {
            return CompatTranslations.target(t);
        }
        return "# " + e.name();
    }

    private String dynset(Dynset d) {
        StringBuilder s = new StringBuilder(d.op() == Dynset.ADD ? "add" : d.op() == Dynset.UPDATE ? "update" : "delete");
        Field key = reg(d.keyRegister());
        transportUsed(key);
        s.append(" @").append(d.setName()).append(" { ").append(key.text());
        if (d.timeoutMs() > 0) {
            s.append(" timeout ").append(Durations.render(d.timeoutMs()));
        }
        for (Expression x : d.expressions()) {
            s.append(' ').append(statement(x));
        }
        return s.append(" }").toString();
    }

    private String nat(NatExpression n) {
        StringBuilder s = new StringBuilder(n.type() == NatExpression.DNAT ? "dnat" : "snat");
        Kind addr = n.family() == 10 ? Kind.IPV6 : Kind.IPV4;
        if (family == Family.INET) {
            s.append(n.family() == 10 ? " ip6" : " ip");
        }
        s.append(" to ");
        if (n.addressMinRegister() > 0) {
            Field min = reg(n.addressMinRegister());
            Field max = n.addressMaxRegister() > 0 && n.addressMaxRegister() != n.addressMinRegister() ? reg(n.addressMaxRegister()) : null;
            int prefix = max != null && min.value() != null && max.value() != null
                    ? Values.blockPrefix(min.value().bytes(), max.value().bytes()) : -1;
            s.append(min.as(addr));
            if (prefix >= 0) {
                s.append('/').append(prefix); // nft prints an aligned address range as its prefix
            } else if (max != null) {
                s.append('-').append(max.as(addr));
            }
        }
        if (n.protoMinRegister() > 0) {
            s.append(':').append(portRange(n.protoMinRegister(), n.protoMaxRegister()));
        }
        return s + natFlags(n.flags());
    }

    private String portRange(int min, int max) {
        String lo = port(min);
        return max > 0 && max != min ? lo + "-" + port(max) : lo;
    }

    private static String natFlags(int flags) {
        List<String> f = new ArrayList<>();
        if ((flags & NatExpression.RANGE_PROTO_RANDOM) != 0) {
            f.add("random");
        }
        if ((flags & NatExpression.RANGE_PROTO_RANDOM_FULLY) != 0) {
            f.add("fully-random");
        }
        if ((flags & NatExpression.RANGE_PERSISTENT) != 0) {
            f.add("persistent");
        }
        return f.isEmpty() ? "" : " " + String.join(",", f);
    }

    private static String icmpx(int code) {
        return switch (code) {
            case 0 -> "no-route";
            case 1 -> "port-unreachable";
            case 2 -> "host-unreachable";
            case 3 -> "admin-prohibited";
            default -> Integer.toString(code);
        };
    }

    static String verdict(Verdict v) {
        return switch (v.code()) {
            case Verdict.NF_ACCEPT -> "accept";
            case Verdict.NF_DROP -> "drop";
            case Verdict.NFT_CONTINUE -> "continue";
            case Verdict.NFT_RETURN -> "return";
            case Verdict.NFT_JUMP -> "jump " + v.chain();
            case Verdict.NFT_GOTO -> "goto " + v.chain();
            case Verdict.NF_QUEUE -> "queue";
            default -> "verdict " + v.code();
        };
    }
}
