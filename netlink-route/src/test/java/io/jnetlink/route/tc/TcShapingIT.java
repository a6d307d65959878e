package io.jnetlink.route.tc;

import io.jnetlink.route.Links;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shaping with real traffic: an htb class at 10 mbit/s on the sender's veth, and a u32 filter that
 * steers TCP port 5001 into it. A real TCP transfer to 5001 runs at 10 mbit/s (±20 %); one to 5002
 * is not shaped (htb {@code default 0}: unclassified traffic goes out directly).
 *
 * <p>The rate is measured at the receiver, from its first read to its last read within a fixed
 * window. Each read takes everything queued (a 4 MiB buffer), so the bytes counted after the first
 * read all arrived after it: a receiver delayed by load reads less, never more, than the shaper let
 * through, and the upper bound is exact; the lower bound allows for scheduling delays over a
 * 3-second window.
 */
class TcShapingIT {
    private static final double MBIT = 1_000_000 / 8.0;
    private TcTopology t;

    @BeforeEach
    void setUp() {
        t = new TcTopology("tcs");
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    @Test
    void shouldCapPortSteeredIntoHtbClassAndLeaveOtherPortUnshaped() throws Exception {
        Qdiscs.add("va").root().handle("1:").options(HtbQdiscOptions.defaultClass(0)).in(t.a).apply();
        TrafficClasses.add("va").parent("1:").classId("1:10").options(HtbClassOptions.rate("10mbit")).in(t.a).apply();
        Filters.add("va").parent("1:").protocol("ip").priority(1)
                .options(U32Options.match().matchIpDestinationPort(5001).flowId("1:10")).in(t.a).apply();

        double shaped = measure(5001, 3000);
        long classBytes = drainedClassBytes(); // what 5001 left queued in 1:10 drains at 10 mbit/s first
        assertTrue(shaped > 8 * MBIT && shaped < 12 * MBIT, "port 5001 should run at 10 mbit/s ±20 %: "
                + String.format("%.2f mbit/s", shaped / MBIT));
        assertTrue(classBytes > 2_000_000, "class 1:10 carried the transfer: " + classBytes + " bytes");

        double unshaped = measure(5002, 1000);
        System.out.printf("TcShapingIT: port 5001 (htb 10mbit) %.2f mbit/s, port 5002 (unshaped) %.1f mbit/s%n",
                shaped / MBIT, unshaped / MBIT);
        assertTrue(unshaped > 30 * MBIT, "port 5002 should not be shaped: " + String.format("%.2f mbit/s", unshaped / MBIT));
        assertTrue(classStats().bytes() - classBytes < 10_000, "port 5002 did not go through class 1:10: "
                + (classStats().bytes() - classBytes) + " bytes");
        HtbQdiscOptions root = (HtbQdiscOptions) Qdiscs.show().dev("va").in(t.a).apply().stream()
                .filter(Qdisc::isRoot).findFirst().orElseThrow().options();
        assertTrue(root.directPackets() > 100, "unclassified packets went out directly: " + root);
        assertEquals(Links.get("va", t.a).orElseThrow().index(),
                TrafficClasses.list(t.a, "va").get(0).ifindex());
    }

    private TcStats classStats() {
        return TrafficClasses.list(t.a, "va").stream().filter(c -> c.handle() == TcHandle.of(1, 0x10)).findFirst()
                .orElseThrow().stats();
    }

    /** Class 1:10's byte count once its queue is empty (waits for the condition, at most 30 s). */
    private long drainedClassBytes() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        TcStats s = classStats();
        while ((s.qlen() != 0 || s.backlog() != 0) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            s = classStats();
        }
        assertEquals(0, s.backlog(), "class 1:10 drained: " + s);
        return s.bytes();
    }

    /** Sends as fast as TCP allows from a to b:port; returns the bytes per second b received within {@code windowMillis}. */
    private double measure(int port, long windowMillis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (ServerSocket server = t.b.call(() -> new ServerSocket(port, 4, InetAddress.getByName("10.77.0.2")))) {
            server.setSoTimeout(10_000);
            CompletableFuture<Double> rate = CompletableFuture.supplyAsync(() -> receive(server, windowMillis), pool);
            Socket client = t.a.call(() -> {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("10.77.0.2", port), 5000);
                return s;
            });
            CompletableFuture.runAsync(() -> send(client), pool);
            double result = rate.get(30, TimeUnit.SECONDS);
            client.close();
            return result;
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static double receive(ServerSocket server, long windowMillis) {
        byte[] buf = new byte[4 << 20]; // larger than the receive buffer: one read drains what is queued
        try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
            long bytes = 0;
            long first = -1;
            long last = 0;
            long end = 0;
            while (true) {
                int n = in.read(buf);
                long now = System.nanoTime();
                if (n < 0) {
                    break;
                }
                if (first < 0) {
                    first = now; // the first read's bytes (whatever queued before it) arrived before the clock started
                    end = first + windowMillis * 1_000_000;
                    continue;
                }
                bytes += n;
                last = now;
                if (now >= end) {
                    break;
                }
            }
            return bytes / ((last - first) / 1e9);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(Socket client) {
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = client.getOutputStream()) {
            while (true) {
                out.write(chunk);
            }
        } catch (Exception closed) {
            // the receiver closed when its window ended
        }
    }
}
