package io.jnetlink.diag;

import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.diag.wire.InetDiagBc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Compiles a {@link SocketFilter} into {@code inet_diag_bc_op} bytecode the way iproute2's
 * {@code ssfilter_bytecompile()} does, so that the same expression gives the same bytes (checked
 * against programs captured from {@code ss} in {@code FilterCompilerTest}).
 *
 * <p>Every program accepts a socket by running exactly to its end and rejects it by jumping 4
 * bytes past its end; {@code and}, {@code or} and {@code not} are built from that convention:
 * <ul>
 *   <li>{@code a and b}: {@code a b}, with a's reject jumps moved to the new end;</li>
 *   <li>{@code a or b}: {@code a JMP(past b) b}: a's accept lands on the jump over b, its reject on b;</li>
 *   <li>{@code not a}: {@code a JMP(reject)}: a's accept hits the reject jump, its reject lands on the end.</li>
 * </ul>
 */
final class FilterCompiler {
    /** {@code no} is a u16: the program may not be longer. */
    private static final int MAX_LENGTH = 0xFFFF - InetDiagBc.OP_LENGTH;

    private FilterCompiler() {
    }

    static byte[] compile(SocketFilter filter) {
        byte[] code = emit(filter);
        if (code.length > MAX_LENGTH) {
            throw new IllegalArgumentException("filter compiles to " + code.length + " bytes, over the "
                    + MAX_LENGTH + " that inet_diag_bc_op's 16-bit jumps reach: " + filter);
        }
        return code;
    }

    private static byte[] emit(SocketFilter filter) {
        if (filter instanceof SocketFilter.Port p) {
            return port(p);
        } else if (filter instanceof SocketFilter.Host h) {
            return host(h.side(), h.prefix().address().getAddress(), h.prefix().family(), h.prefix().prefixLength(), h.port());
        } else if (filter instanceof SocketFilter.Mark m) {
            int length = InetDiagBc.OP_LENGTH + InetDiagBc.MARKCOND_LENGTH;
            return buffer(length).put(op(InetDiagBc.MARK_COND, length, length + 4))
                    .putInt((int) m.mark()).putInt((int) m.mask()).array();
        } else if (filter instanceof SocketFilter.Device d) {
            return buffer(8).put(op(InetDiagBc.DEV_COND, 8, 12)).putInt(d.index()).array();
        } else if (filter instanceof SocketFilter.And a) {
            byte[] left = emit(a.left());
            byte[] right = emit(a.right());
            relocateRejects(left, right.length);
            return concat(left, new byte[0], right);
        } else if (filter instanceof SocketFilter.Or o) {
            byte[] left = emit(o.left());
            byte[] right = emit(o.right());
            return concat(left, op(InetDiagBc.JMP, 4, right.length + 4), right);
        } else {
            return not(emit(((SocketFilter.Not) filter).inner()));
        }
    }

    /** {@code =} is a host condition with any address (what ss sends); the others a port comparison. */
    private static byte[] port(SocketFilter.Port p) {
        boolean source = p.side() == SocketFilter.Side.SOURCE;
        return switch (p.comparison()) {
            case EQ -> host(p.side(), new byte[4], 0, 0, p.port());
            case NE -> not(host(p.side(), new byte[4], 0, 0, p.port()));
            case GE -> compare(source ? InetDiagBc.S_GE : InetDiagBc.D_GE, p.port());
            case LE -> compare(source ? InetDiagBc.S_LE : InetDiagBc.D_LE, p.port());
            case GT -> not(compare(source ? InetDiagBc.S_LE : InetDiagBc.D_LE, p.port()));
            case LT -> not(compare(source ? InetDiagBc.S_GE : InetDiagBc.D_GE, p.port()));
        };
    }

    private static byte[] not(byte[] inner) {
        return concat(inner, op(InetDiagBc.JMP, 4, 8), new byte[0]);
    }

    /** {@code S_GE}-style: the op, then a second op whose {@code no} carries the port. */
    private static byte[] compare(int code, int port) {
        return buffer(8).put(op(code, 8, 12)).put(op(0, 0, port)).array();
    }

    /** {@code S_COND}/{@code D_COND} with a {@code struct inet_diag_hostcond}; family 0 (AF_UNSPEC) carries 4 address bytes, as ss writes. */
    private static byte[] host(SocketFilter.Side side, byte[] address, int family, int prefixLength, int port) {
        int addressLength = family == IpAddresses.AF_INET6 ? 16 : 4;
        int length = InetDiagBc.OP_LENGTH + InetDiagBc.HOSTCOND_LENGTH + addressLength;
        int code = side == SocketFilter.Side.SOURCE ? InetDiagBc.S_COND : InetDiagBc.D_COND;
        return buffer(length).put(op(code, length, length + 4))
                .put((byte) family).put((byte) prefixLength).putShort((short) 0).putInt(port)
                .put(address, 0, addressLength).array();
    }

    /** iproute2's {@code ssfilter_patch}: jumps to "4 past the end" of {@code code} go 4 past the end of what follows. */
    private static void relocateRejects(byte[] code, int appended) {
        ByteBuffer b = ByteBuffer.wrap(code).order(ByteOrder.nativeOrder());
        int at = 0;
        while (at < code.length) {
            int remaining = code.length - at;
            int yes = b.get(at + 1) & 0xFF;
            int no = b.getShort(at + 2) & 0xFFFF;
            if (no == remaining + 4) {
                b.putShort(at + 2, (short) (no + appended));
            }
            at += yes;
        }
    }

    private static byte[] op(int code, int yes, int no) {
        return buffer(4).put((byte) code).put((byte) yes).putShort((short) no).array();
    }

    private static ByteBuffer buffer(int length) {
        return ByteBuffer.allocate(length).order(ByteOrder.nativeOrder());
    }

    private static byte[] concat(byte[] a, byte[] b, byte[] c) {
        byte[] out = new byte[a.length + b.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        System.arraycopy(c, 0, out, a.length + b.length, c.length);
        return out;
    }
}
