package io.jnetlink.diag;

import io.jnetlink.diag.wire.SockDiag;

import java.nio.ByteBuffer;

/**
 * A socket's memory use, {@code u32[SK_MEMINFO_VARS]} of {@code INET_DIAG_SKMEMINFO} /
 * {@code UNIX_DIAG_MEMINFO}: what {@code ss -m} prints as
 * {@code skmem:(r,rb,t,tb,f,w,o,bl,d)}. Entries an older kernel does not send are 0.
 *
 * @param receiveAllocated {@code SK_MEMINFO_RMEM_ALLOC} ({@code r})
 * @param receiveBuffer    {@code SK_MEMINFO_RCVBUF} ({@code rb})
 * @param sendAllocated    {@code SK_MEMINFO_WMEM_ALLOC} ({@code t})
 * @param sendBuffer       {@code SK_MEMINFO_SNDBUF} ({@code tb})
 * @param forwardAllocated {@code SK_MEMINFO_FWD_ALLOC} ({@code f})
 * @param sendQueued       {@code SK_MEMINFO_WMEM_QUEUED} ({@code w})
 * @param optionMemory     {@code SK_MEMINFO_OPTMEM} ({@code o})
 * @param backlog          {@code SK_MEMINFO_BACKLOG} ({@code bl})
 * @param drops            {@code SK_MEMINFO_DROPS} ({@code d})
 */
public record SocketMemory(long receiveAllocated, long receiveBuffer, long sendAllocated, long sendBuffer,
                           long forwardAllocated, long sendQueued, long optionMemory, long backlog, long drops) {

    /** Reads the array at {@code offset}, {@code length} bytes long. */
    static SocketMemory read(ByteBuffer buffer, int offset, int length) {
        return new SocketMemory(entry(buffer, offset, length, SockDiag.SK_MEMINFO_RMEM_ALLOC),
                entry(buffer, offset, length, SockDiag.SK_MEMINFO_RCVBUF),
                entry(buffer, offset, length, SockDiag.SK_MEMINFO_WMEM_ALLOC),
                entry(buffer, offset, length, SockDiag.SK_MEMINFO_SNDBUF),
                entry(buffer, offset, length, SockDiag.SK_MEMINFO_FWD_ALLOC),
                entry(buffer, offset, length, SockDiag.SK_MEMINFO_WMEM_QUEUED),
                entry(buffer, offset, length, SockDiag.SK_MEMINFO_OPTMEM),
                entry(buffer, offset, length, SockDiag.SK_MEMINFO_BACKLOG),
                entry(buffer, offset, length, SockDiag.SK_MEMINFO_DROPS));
    }

    /** Entry {@code index} of the array, 0 when the kernel sent fewer. */
    static long entry(ByteBuffer buffer, int offset, int length, int index) {
        return index >= 0 && index < length / 4 ? buffer.getInt(offset + 4 * index) & 0xFFFF_FFFFL : 0;
    }

    /** {@return the {@code ss -m} text, {@code skmem:(r0,rb131072,t0,tb16384,f0,w0,o0,bl0,d0)}} */
    public String ssText() {
        return "skmem:(r" + receiveAllocated + ",rb" + receiveBuffer + ",t" + sendAllocated + ",tb" + sendBuffer
                + ",f" + forwardAllocated + ",w" + sendQueued + ",o" + optionMemory + ",bl" + backlog + ",d" + drops + ")";
    }
}
