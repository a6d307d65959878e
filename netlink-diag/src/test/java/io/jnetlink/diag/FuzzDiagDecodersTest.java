package io.jnetlink.diag;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.testing.FuzzInputs;
import io.jnetlink.core.testing.FuzzRunner;
import io.jnetlink.diag.wire.InetDiagMsg;
import io.jnetlink.diag.wire.SockDiag;
import io.jnetlink.diag.wire.UnixDiag;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import static io.jnetlink.core.testing.DecodeAttempts.forEachMessage;
import static io.jnetlink.core.testing.DecodeAttempts.wrapped;
import static io.jnetlink.core.testing.DecodeAttempts.attempt;

/**
 * Fuzzes the sock_diag decoders — {@link InetSocketView} (with its {@link TcpInfoView}) and
 * {@link UnixSocketView} — with mutations of the replies captured from the kernel
 * (src/test/resources/diag), random attribute chains behind a header of the right length, and
 * random bytes. Every message goes through wrap, every accessor of the view, and the record and
 * every accessor of it; {@link NetlinkDecodeException} is the only exception allowed.
 */
class FuzzDiagDecodersTest {
    private static final int ALLOWANCE = 4 * 64;
    private static final List<byte[]> INET = join(Captured.seeds("tcp-dump.hex"), Captured.seeds("udp-dump.hex"));
    private static final List<byte[]> UNIX = Captured.seeds("unix-dump.hex");

    static void inet(ByteBuffer b) {
        forEachMessage(b, m -> {
            InetSocketView v = new InetSocketView();
            byte[] scratch = new byte[16];
            if (wrapped(() -> v.wrap(m, SockDiag.IPPROTO_TCP))) {
                attempt(v::family, v::protocol, v::stateRaw, v::state, v::timer, v::retransmits, v::localPort, v::remotePort,
                        () -> v.copyLocalAddress(scratch), () -> v.copyRemoteAddress(scratch), v::localAddress, v::remoteAddress,
                        v::interfaceIndex, v::cookie, v::expiresMillis, v::receiveQueue, v::sendQueue, v::uid, v::inode,
                        v::hasTcpInfo, () -> tcpInfo(v.tcpInfo()), v::hasMemory, () -> v.memory(SockDiag.SK_MEMINFO_DROPS),
                        () -> v.memory(40), v::hasCongestion, () -> v.congestionEquals("cubic"), v::congestion, v::mark,
                        v::shutdown, v::tos, v::v6only, () -> record(v.toInetSocket()));
            }
        });
    }

    private static void tcpInfo(TcpInfoFields t) {
        long sum = t.length() + t.caState() + t.retransmits() + t.probes() + t.backoff() + t.options() + t.sendWindowScale()
                + t.receiveWindowScale() + t.rtoMicros() + t.atoMicros() + t.sendMss() + t.receiveMss() + t.unacked()
                + t.sacked() + t.lost() + t.retrans() + t.lastDataSentMillis() + t.lastDataReceivedMillis()
                + t.lastAckReceivedMillis() + t.pathMtu() + t.receiveSsthresh() + t.rttMicros() + t.rttVarianceMicros()
                + t.sendSsthresh() + t.congestionWindow() + t.advertisedMss() + t.reordering() + t.receiveRttMicros()
                + t.receiveSpace() + t.totalRetransmits() + t.pacingRate() + t.maxPacingRate() + t.bytesAcked()
                + t.bytesReceived() + t.segmentsOut() + t.segmentsIn() + t.notSentBytes() + t.minRttMicros()
                + t.deliveryRate() + t.delivered() + t.bytesSent() + t.bytesRetransmitted() + t.sendWindow()
                + t.u8(-1) + t.u32(10_000) + t.u64(Integer.MAX_VALUE);
        t.state().ssName();
        if (sum == Long.MIN_VALUE) {
            throw new AssertionError("unreachable: keeps the reads alive");
        }
    }

    private static void record(InetSocket s) {
        s.toString();
        s.state();
        s.localPort();
        s.remotePort();
        s.tcpInfo().ifPresent(FuzzDiagDecodersTest::tcpInfo);
        s.tcpInfo().ifPresent(TcpInfo::bytes);
        s.memory().ifPresent(SocketMemory::ssText);
        s.otherAttributes().forEach(a -> a.value());
        s.hashCode();
    }

    static void unix(ByteBuffer b) {
        forEachMessage(b, m -> {
            UnixSocketView v = new UnixSocketView();
            if (wrapped(() -> v.wrap(m))) {
                attempt(v::typeRaw, v::type, v::stateRaw, v::state, v::inode, v::cookie, v::hasName, v::isAbstract, v::name,
                        v::peerInode, v::pendingConnectionCount, () -> {
                            for (int i = 0; i < v.pendingConnectionCount(); i++) {
                                v.pendingConnection(i);
                            }
                        }, v::receiveQueue, v::sendQueue, v::vfsInode, v::vfsDevice, v::uid, v::shutdown, v::hasMemory,
                        () -> v.memory(SockDiag.SK_MEMINFO_RCVBUF), () -> {
                            UnixSocket s = v.toUnixSocket();
                            s.toString();
                            s.type().netid();
                            s.state();
                            s.hashCode();
                            s.memory().ifPresent(SocketMemory::ssText);
                        });
            }
        });
    }

    @Property
    void inetSocketsSurviveMutatedDumps(@ForAll("mutatedInet") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzDiagDecodersTest::inet);
    }

    @Property
    void inetSocketsSurviveRandomAttributes(@ForAll("framedInet") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzDiagDecodersTest::inet);
    }

    @Property
    void unixSocketsSurviveMutatedDumps(@ForAll("mutatedUnix") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzDiagDecodersTest::unix);
    }

    @Property
    void unixSocketsSurviveRandomAttributes(@ForAll("framedUnix") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzDiagDecodersTest::unix);
    }

    @Property
    void everyDecoderSurvivesRandomBytes(@ForAll("random") byte[] input) {
        FuzzRunner.check(input, 2 * ALLOWANCE, b -> {
            inet(b);
            unix(b);
        });
    }

    @Provide
    Arbitrary<byte[]> mutatedInet() {
        return FuzzInputs.mutationsOf(INET);
    }

    @Provide
    Arbitrary<byte[]> framedInet() {
        return FuzzInputs.framed(InetDiagMsg.LENGTH, SockDiag.SOCK_DIAG_BY_FAMILY);
    }

    @Provide
    Arbitrary<byte[]> mutatedUnix() {
        return FuzzInputs.mutationsOf(UNIX);
    }

    @Provide
    Arbitrary<byte[]> framedUnix() {
        return FuzzInputs.framed(UnixDiag.MSG_LENGTH, SockDiag.SOCK_DIAG_BY_FAMILY);
    }

    @Provide
    Arbitrary<byte[]> random() {
        return Arbitraries.oneOf(FuzzInputs.randomBytes(128), FuzzInputs.randomBytes(1024));
    }

    @AfterContainer
    static void report() {
        System.out.println("FuzzDiagDecodersTest: " + FuzzRunner.summary());
    }

    @SafeVarargs
    private static List<byte[]> join(List<byte[]>... lists) {
        List<byte[]> out = new ArrayList<>();
        for (List<byte[]> l : lists) {
            out.addAll(l);
        }
        return out;
    }
}
