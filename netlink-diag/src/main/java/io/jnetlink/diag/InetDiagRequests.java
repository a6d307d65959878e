package io.jnetlink.diag;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.diag.wire.InetDiagReq;
import io.jnetlink.diag.wire.InetDiagSockId;
import io.jnetlink.diag.wire.SockDiag;

import java.net.InetSocketAddress;

/** Writes {@code inet_diag_req_v2} messages: dumps ({@code ss -t…}) and exact requests ({@code ss -K}). */
final class InetDiagRequests {
    private InetDiagRequests() {
    }

    /**
     * A {@code SOCK_DIAG_BY_FAMILY} dump request (the connection adds {@code NLM_F_DUMP}).
     *
     * @param bytecode the filter program, or null
     */
    static void dump(MessageWriter w, int family, int protocol, int extensions, int states, byte[] bytecode) {
        int msg = w.beginMessage(SockDiag.SOCK_DIAG_BY_FAMILY, 0);
        int h = header(w, family, protocol);
        w.putU8At(h + InetDiagReq.EXT_OFFSET, extensions);
        w.putU32At(h + InetDiagReq.STATES_OFFSET, states);
        if (bytecode != null) {
            w.putAttrBytes(InetDiagReq.INET_DIAG_REQ_BYTECODE, bytecode);
        }
        w.endMessage(msg);
    }

    /** A {@code SOCK_DESTROY} of exactly {@code socket} (ports, addresses, device and cookie), as {@code ss -K} sends it. */
    static void destroy(MessageWriter w, InetSocket socket) {
        int msg = w.beginMessage(SockDiag.SOCK_DESTROY, 0);
        int h = header(w, socket.family(), socket.protocol());
        int id = h + InetDiagReq.ID_OFFSET;
        w.putU16BeAt(id + InetDiagSockId.SPORT_OFFSET, socket.localPort());
        w.putU16BeAt(id + InetDiagSockId.DPORT_OFFSET, socket.remotePort());
        putAddress(w, id + InetDiagSockId.SRC_OFFSET, socket.family(), socket.local());
        putAddress(w, id + InetDiagSockId.DST_OFFSET, socket.family(), socket.remote());
        w.putU32At(id + InetDiagSockId.IF_OFFSET, socket.interfaceIndex());
        w.putU32At(id + InetDiagSockId.COOKIE_OFFSET, (int) socket.cookie());
        w.putU32At(id + InetDiagSockId.COOKIE_OFFSET + 4, (int) (socket.cookie() >>> 32));
        w.endMessage(msg);
    }

    /** Raw sockets name {@code IPPROTO_RAW} in {@code sdiag_protocol} and their own protocol in {@code sdiag_raw_protocol} (0: all). */
    private static int header(MessageWriter w, int family, int protocol) {
        int h = w.reserve(InetDiagReq.LENGTH);
        w.putU8At(h + InetDiagReq.FAMILY_OFFSET, family);
        w.putU8At(h + InetDiagReq.PROTOCOL_OFFSET, protocol);
        return h;
    }

    /**
     * An IPv6 socket's v4-mapped address ({@code ::ffff:a.b.c.d}) comes out of Java as an
     * {@code Inet4Address}: it goes back mapped, or the kernel finds no such socket.
     */
    private static void putAddress(MessageWriter w, int offset, int family, InetSocketAddress address) {
        byte[] bytes = address.getAddress().getAddress();
        if (family == SockDiag.AF_INET6 && bytes.length == 4) {
            w.putU16At(offset + 10, 0xFFFF);
            w.buffer().put(offset + 12, bytes, 0, 4);
        } else {
            w.buffer().put(offset, bytes, 0, Math.min(bytes.length, InetDiagSockId.ADDRESS_LENGTH));
        }
    }
}
