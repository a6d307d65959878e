package io.jnetlink.examples;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.route.Addresses;
import io.jnetlink.route.Links;
import io.jnetlink.route.tc.Filters;
import io.jnetlink.route.tc.HtbClassOptions;
import io.jnetlink.route.tc.HtbQdiscOptions;
import io.jnetlink.route.tc.Qdisc;
import io.jnetlink.route.tc.Qdiscs;
import io.jnetlink.route.tc.TcHandle;
import io.jnetlink.route.tc.TcUnits;
import io.jnetlink.route.tc.TrafficClass;
import io.jnetlink.route.tc.TrafficClasses;
import io.jnetlink.route.tc.U32Options;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Traffic shaping from Java: an htb class at 10 mbit/s on a veth cable between two namespaces, a
 * u32 filter that steers TCP port 5001 into it, and two real TCP transfers that show the cap (5001)
 * and its absence (5002). Each step prints the {@code tc} command it stands for.
 *
 * <p>Run it inside a throwaway user+network+mount namespace: {@code bash examples/run-shaping.sh}.
 */
public final class Shaping {
    private static final PrintStream OUT = System.out;

    private Shaping() {
    }

    public static void main(String[] args) throws Exception {
        NetNamespace red = NetNamespace.create("shape-red");
        NetNamespace blue = NetNamespace.create("shape-blue");
        try {
            cmd("ip link add veth-red type veth peer name veth-blue; … addresses 10.9.0.1/24, 10.9.0.2/24; up");
            Links.create().veth("veth-red").peer("veth-blue").in(red).apply();
            Links.set("veth-blue").netns(blue).in(red).apply();
            Addresses.add("10.9.0.1/24").dev("veth-red").in(red).apply();
            Addresses.add("10.9.0.2/24").dev("veth-blue").in(blue).apply();
            Links.set("veth-red").up().in(red).apply();
            Links.set("veth-blue").up().in(blue).apply();

            cmd("tc -n shape-red qdisc add dev veth-red root handle 1: htb default 0");
            Qdiscs.add("veth-red").root().handle("1:").options(HtbQdiscOptions.defaultClass(0)).in(red).apply();
            cmd("tc -n shape-red class add dev veth-red parent 1: classid 1:10 htb rate 10mbit");
            TrafficClasses.add("veth-red").parent("1:").classId("1:10").options(HtbClassOptions.rate("10mbit"))
                    .in(red).apply();
            cmd("tc -n shape-red filter add dev veth-red parent 1: protocol ip prio 1 u32 match ip dport 5001 0xffff flowid 1:10");
            Filters.add("veth-red").parent("1:").protocol("ip").priority(1)
                    .options(U32Options.match().matchIpDestinationPort(5001).flowId("1:10")).in(red).apply();

            cmd("# a TCP transfer red -> blue:5001 (steered into 1:10) for 3 s");
            OUT.printf("  %.2f mbit/s%n", transfer(red, blue, 5001, 3000));
            cmd("# a TCP transfer red -> blue:5002 (unclassified: sent directly) for 1 s");
            OUT.printf("  %.1f mbit/s%n", transfer(red, blue, 5002, 1000));

            cmd("tc -n shape-red -s qdisc show dev veth-red");
            for (Qdisc q : Qdiscs.show().dev("veth-red").in(red).apply()) {
                OUT.println("  qdisc " + TcHandle.format(q.handle()) + " " + q.options());
                OUT.println("   " + q.stats());
            }
            cmd("tc -n shape-red -s class show dev veth-red");
            for (TrafficClass c : TrafficClasses.list(red, "veth-red")) {
                HtbClassOptions h = (HtbClassOptions) c.options();
                OUT.println("  class htb " + TcHandle.format(c.handle()) + " rate " + TcUnits.formatRate(h.rate())
                        + " ceil " + TcUnits.formatRate(h.effectiveCeil()) + " burst " + h.burst() + "b");
                OUT.println("   " + c.stats());
            }
        } finally {
            red.delete();
            blue.delete();
        }
    }

    /** Sends from red to blue:port for {@code millis}; returns what blue received, in mbit/s. */
    private static double transfer(NetNamespace from, NetNamespace to, int port, long millis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (ServerSocket server = to.call(() -> new ServerSocket(port, 4, InetAddress.getByName("10.9.0.2")))) {
            CompletableFuture<Double> received = CompletableFuture.supplyAsync(() -> {
                byte[] buf = new byte[64 * 1024];
                try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                    long start = System.nanoTime();
                    long bytes = 0;
                    int n;
                    while ((n = in.read(buf)) >= 0 && System.nanoTime() - start < millis * 1_000_000) {
                        bytes += n;
                    }
                    return bytes * 8 / ((System.nanoTime() - start) / 1e9) / 1e6;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, pool);
            Socket client = from.call(() -> {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("10.9.0.2", port), 5000);
                return s;
            });
            pool.submit(() -> {
                byte[] chunk = new byte[64 * 1024];
                try (OutputStream out = client.getOutputStream()) {
                    while (true) {
                        out.write(chunk);
                    }
                } catch (Exception stopped) {
                    return null; // the receiver is done
                }
            });
            double mbit = received.get(30, TimeUnit.SECONDS);
            client.close();
            return mbit;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void cmd(String command) {
        OUT.println("$ " + command);
    }
}
