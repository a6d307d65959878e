package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.BpfProgram;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The kernel's classic BPF for the subset {@link ConntrackEventProgram} emits (net/core/filter.c):
 * big-endian loads, an out-of-range load ends the program with 0 (drop), and the netlink ancillary
 * loads {@code SKF_AD_NLATTR}/{@code _NEST} as {@code bpf_skb_get_nlattr}/{@code _nest} with
 * {@code nla_find}: 0 when the search leaves the packet or meets a malformed attribute.
 */
final class ClassicBpf {
    private ClassicBpf() {
    }

    /** {@return the program's verdict on {@code packet}: 0 drops it, otherwise the bytes kept} */
    static int run(BpfProgram filter, byte[] packet) {
        List<BpfProgram.Instruction> p = filter.program();
        ByteBuffer data = ByteBuffer.wrap(packet); // big-endian, like the kernel's BPF loads
        int a = 0;
        int x = 0;
        int[] mem = new int[BpfProgram.MEM_WORDS];
        for (int pc = 0; pc < p.size(); pc++) {
            BpfProgram.Instruction i = p.get(pc);
            int k = i.k();
            switch (i.code()) {
                case BpfProgram.LD | BpfProgram.IMM -> a = k;
                case BpfProgram.LDX | BpfProgram.IMM -> x = k;
                case BpfProgram.LD | BpfProgram.MEM -> a = mem[k];
                case BpfProgram.ST -> mem[k] = a;
                case BpfProgram.MISC | BpfProgram.TAX -> x = a;
                case BpfProgram.ALU | BpfProgram.AND | BpfProgram.K -> a &= k;
                case BpfProgram.JMP | BpfProgram.JEQ | BpfProgram.K -> pc += a == k ? i.jt() : i.jf();
                case BpfProgram.JMP | BpfProgram.JSET | BpfProgram.K -> pc += (a & k) != 0 ? i.jt() : i.jf();
                case BpfProgram.RET | BpfProgram.K -> {
                    return k;
                }
                case BpfProgram.LD | BpfProgram.W | BpfProgram.ABS -> {
                    if (k == BpfProgram.AD_NLATTR) {
                        a = nlattr(data, a, x);
                    } else if (k == BpfProgram.AD_NLATTR_NEST) {
                        a = nlattrNest(data, a, x);
                    } else if (k < 0 || k > packet.length - 4) {
                        return 0;
                    } else {
                        a = data.getInt(k);
                    }
                }
                default -> {
                    int size = i.code() & 0x18;
                    int mode = i.code() & 0xe0;
                    if ((i.code() & 0x07) != BpfProgram.LD || (mode != BpfProgram.ABS && mode != BpfProgram.IND)) {
                        throw new IllegalStateException("opcode not in the subset: 0x" + Integer.toHexString(i.code()));
                    }
                    long at = (mode == BpfProgram.IND ? Integer.toUnsignedLong(x) : 0) + k;
                    int width = size == BpfProgram.W ? 4 : size == BpfProgram.H ? 2 : 1;
                    if (k < 0 || at > packet.length - width) {
                        return 0;
                    }
                    a = width == 4 ? data.getInt((int) at) : width == 2 ? Short.toUnsignedInt(data.getShort((int) at))
                            : Byte.toUnsignedInt(data.get((int) at));
                }
            }
        }
        throw new IllegalStateException("ran off the end of the program");
    }

    /** {@code bpf_skb_get_nlattr}: the attribute of type x in the stream from a to the end. */
    private static int nlattr(ByteBuffer data, int a, int x) {
        int len = data.capacity();
        if (len < 4 || Integer.toUnsignedLong(a) > len - 4) {
            return 0;
        }
        return find(data, a, len - a, x);
    }

    /** {@code bpf_skb_get_nlattr_nest}: the attribute of type x inside the nest at a. */
    private static int nlattrNest(ByteBuffer data, int a, int x) {
        int len = data.capacity();
        if (len < 4 || Integer.toUnsignedLong(a) > len - 4) {
            return 0;
        }
        int nlaLen = u16(data, a);
        if (nlaLen > len - a) {
            return 0;
        }
        return find(data, a + 4, nlaLen - 4, x);
    }

    /** {@code nla_find}: walks while {@code nla_ok}, matching {@code nla_type} (flags masked). */
    private static int find(ByteBuffer data, int at, int rem, int type) {
        while (rem >= 4 && u16(data, at) >= 4 && u16(data, at) <= rem) {
            if ((u16(data, at + 2) & 0x3fff) == type) {
                return at;
            }
            int step = (u16(data, at) + 3) & ~3;
            at += step;
            rem -= step;
        }
        return 0;
    }

    /** Netlink attribute headers are host order (little-endian here). */
    private static int u16(ByteBuffer data, int at) {
        return Short.toUnsignedInt(data.duplicate().order(ByteOrder.nativeOrder()).getShort(at));
    }
}
