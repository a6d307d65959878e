package io.jnetlink.core;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A classic BPF socket filter ({@code SO_ATTACH_FILTER}, {@code struct sock_filter} array): the
 * kernel runs it on every datagram before queueing it, so what it drops never reaches user space
 * ({@code tcpdump -d} prints such programs; libnetfilter_conntrack's {@code nfct_filter_attach}
 * builds one for {@code conntrack -E} filters). Netlink programs walk attributes with the
 * ancillary loads {@link #AD_NLATTR} and {@link #AD_NLATTR_NEST}. Immutable; build it with
 * {@link #builder()}, attach it with {@link NetlinkSocket#attachFilter(BpfProgram)}.
 */
public final class BpfProgram {
    /** {@code BPF_LD 0x00}. */
    public static final int LD = 0x00;
    /** {@code BPF_LDX 0x01}. */
    public static final int LDX = 0x01;
    /** {@code BPF_ST 0x02}. */
    public static final int ST = 0x02;
    /** {@code BPF_ALU 0x04}. */
    public static final int ALU = 0x04;
    /** {@code BPF_AND 0x50} (with {@code BPF_ALU}). */
    public static final int AND = 0x50;
    /** {@code BPF_JMP 0x05}. */
    public static final int JMP = 0x05;
    /** {@code BPF_RET 0x06}. */
    public static final int RET = 0x06;
    /** {@code BPF_MISC 0x07}. */
    public static final int MISC = 0x07;
    /** {@code BPF_W 0x00}: 32-bit load. */
    public static final int W = 0x00;
    /** {@code BPF_H 0x08}: 16-bit load. */
    public static final int H = 0x08;
    /** {@code BPF_B 0x10}: 8-bit load. */
    public static final int B = 0x10;
    /** {@code BPF_IMM 0x00}. */
    public static final int IMM = 0x00;
    /** {@code BPF_ABS 0x20}. */
    public static final int ABS = 0x20;
    /** {@code BPF_IND 0x40}. */
    public static final int IND = 0x40;
    /** {@code BPF_MEM 0x60}. */
    public static final int MEM = 0x60;
    /** {@code BPF_JEQ 0x10}. */
    public static final int JEQ = 0x10;
    /** {@code BPF_JSET 0x40}. */
    public static final int JSET = 0x40;
    /** {@code BPF_K 0x00}. */
    public static final int K = 0x00;
    /** {@code BPF_TAX 0x00} (with {@code BPF_MISC}). */
    public static final int TAX = 0x00;
    /** {@code BPF_MAXINSNS 4096}. */
    public static final int MAX_INSTRUCTIONS = 4096;
    /** {@code BPF_MEMWORDS 16}: scratch words M[0..15]. */
    public static final int MEM_WORDS = 16;
    /** {@code SKF_AD_OFF (-0x1000)}. */
    public static final int AD_OFF = -0x1000;
    /** {@code SKF_AD_OFF + SKF_AD_NLATTR (12)}: A = offset of the attribute of type X at or after offset A, else 0. */
    public static final int AD_NLATTR = AD_OFF + 12;
    /** {@code SKF_AD_OFF + SKF_AD_NLATTR_NEST (16)}: A = offset of type X inside the nest at offset A, else 0. */
    public static final int AD_NLATTR_NEST = AD_OFF + 16;

    /** {@code SOL_SOCKET 1} (asm-generic/socket.h). */
    static final int SOL_SOCKET = 1;
    /** {@code SO_ATTACH_FILTER 26} (asm-generic/socket.h). */
    static final int SO_ATTACH_FILTER = 26;

    /**
     * One {@code struct sock_filter}.
     *
     * @param code the opcode ({@code BPF_LD|BPF_W|BPF_ABS} …)
     * @param jt forward jump when the test holds, 0..255
     * @param jf forward jump when it does not, 0..255
     * @param k the operand
     */
    public record Instruction(int code, int jt, int jf, int k) {
        /** Checks the field ranges of {@code struct sock_filter} (u16, u8, u8). */
        public Instruction {
            if (code < 0 || code > 0xFFFF) {
                throw new IllegalArgumentException("code must be 0..0xffff: " + code);
            }
            if (jt < 0 || jt > 255 || jf < 0 || jf > 255) {
                throw new IllegalArgumentException("jt/jf must be 0..255: " + jt + "/" + jf);
            }
        }
    }

    private final List<Instruction> program;

    private BpfProgram(List<Instruction> program) {
        this.program = List.copyOf(program);
    }

    /** {@return the instructions, in order} */
    public List<Instruction> program() {
        return program;
    }

    /** {@return a new, empty program builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the {@code struct sock_filter} array in native byte order (8 bytes per instruction)} */
    ByteBuffer encode() {
        ByteBuffer b = ByteBuffer.allocateDirect(program.size() * 8).order(ByteOrder.nativeOrder());
        for (Instruction i : program) {
            b.putShort((short) i.code()).put((byte) i.jt()).put((byte) i.jf()).putInt(i.k());
        }
        return b.flip();
    }

    /**
     * Appends instructions; jumps name labels ({@link #label(String)}) resolved by {@link #build()}.
     */
    public static final class Builder {
        private final List<int[]> code = new ArrayList<>();
        private final List<String[]> targets = new ArrayList<>();
        private final java.util.Map<String, Integer> labels = new java.util.HashMap<>();

        private Builder() {
        }

        /**
         * Appends a non-jump instruction ({@code BPF_STMT(code, k)}).
         *
         * @param opcode the opcode
         * @param k the operand
         * @return this builder
         */
        public Builder stmt(int opcode, int k) {
            code.add(new int[] {opcode, k});
            targets.add(null);
            return this;
        }

        /**
         * Appends a conditional jump ({@code BPF_JUMP(code, k, jt, jf)}) to labels defined later.
         *
         * @param opcode the jump opcode, e.g. {@code JMP|JEQ|K}
         * @param k the operand compared with A
         * @param whenTrue the label jumped to when the test holds
         * @param whenFalse the label jumped to when it does not
         * @return this builder
         */
        public Builder jump(int opcode, int k, String whenTrue, String whenFalse) {
            code.add(new int[] {opcode, k});
            targets.add(new String[] {Objects.requireNonNull(whenTrue, "whenTrue"),
                    Objects.requireNonNull(whenFalse, "whenFalse")});
            return this;
        }

        /**
         * Names the next instruction.
         *
         * @param name a label unique in this program
         * @return this builder
         */
        public Builder label(String name) {
            if (labels.putIfAbsent(Objects.requireNonNull(name, "name"), code.size()) != null) {
                throw new IllegalArgumentException("label defined twice: " + name);
            }
            return this;
        }

        /**
         * {@return the program; the kernel's checks (forward jumps in range, ends in {@code BPF_RET}) done here}
         *
         * @throws IllegalArgumentException naming the label or instruction the kernel would refuse
         */
        public BpfProgram build() {
            if (code.isEmpty() || code.size() > MAX_INSTRUCTIONS) {
                throw new IllegalArgumentException("program must have 1.." + MAX_INSTRUCTIONS + " instructions: " + code.size());
            }
            if ((code.get(code.size() - 1)[0] & 0x07) != RET) {
                throw new IllegalArgumentException("program must end in BPF_RET");
            }
            List<Instruction> out = new ArrayList<>(code.size());
            for (int i = 0; i < code.size(); i++) {
                String[] t = targets.get(i);
                int[] c = code.get(i);
                out.add(t == null ? new Instruction(c[0], 0, 0, c[1])
                        : new Instruction(c[0], offset(i, t[0]), offset(i, t[1]), c[1]));
            }
            return new BpfProgram(out);
        }

        private int offset(int from, String label) {
            Integer to = labels.get(label);
            if (to == null || to <= from || to >= code.size()) {
                throw new IllegalArgumentException("label must name a later instruction: " + label);
            }
            return to - from - 1;
        }
    }
}
