package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.NetNamespace;

import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Runs the {@code conntrack} tool (conntrack-tools 1.4.7) inside a test's namespace and parses what it prints. */
final class ConntrackOracle {
    private ConntrackOracle() {
    }

    /** {@code conntrack ARGS…}; its standard output, or an AssertionError with its stderr. */
    static String conntrack(NetNamespace ns, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "conntrack";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = ns.start(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE));
        String out;
        String err;
        try (InputStream o = p.getInputStream(); InputStream e = p.getErrorStream()) {
            out = new String(o.readAllBytes(), StandardCharsets.UTF_8);
            err = new String(e.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("conntrack " + String.join(" ", args) + " timed out");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("conntrack " + String.join(" ", args) + " failed (" + p.exitValue() + "): " + err);
        }
        return out;
    }

    /**
     * One line of {@code conntrack -L}: the two tuples, the TCP state ("" for other protocols),
     * mark, zone (0 when not printed) and the bracketed flags ({@code ASSURED}, {@code UNREPLIED}).
     */
    record Line(ConntrackTuple original, ConntrackTuple reply, String state, long mark, int zone, Set<String> flags) {
    }

    /** Every line {@code conntrack -L ARGS…} prints. */
    static List<Line> list(NetNamespace ns, String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "-L";
        System.arraycopy(args, 0, all, 1, args.length);
        List<Line> out = new ArrayList<>();
        for (String line : conntrack(ns, all).split("\n")) {
            if (!line.isBlank()) {
                out.add(parse(line));
            }
        }
        return out;
    }

    static Line parse(String line) throws Exception {
        String[] tokens = line.trim().split("\\s+");
        int protocol = Integer.parseInt(tokens[1]);
        String state = tokens[3].contains("=") ? "" : tokens[3];
        List<String> src = new ArrayList<>(), dst = new ArrayList<>();
        List<Integer> sport = new ArrayList<>(), dport = new ArrayList<>();
        long mark = 0;
        int zone = 0;
        Set<String> flags = new HashSet<>();
        for (String t : tokens) {
            if (t.startsWith("[") && t.endsWith("]")) {
                flags.add(t.substring(1, t.length() - 1));
            } else if (t.startsWith("src=")) {
                src.add(t.substring(4));
            } else if (t.startsWith("dst=")) {
                dst.add(t.substring(4));
            } else if (t.startsWith("sport=") || t.startsWith("id=")) {
                sport.add(Integer.parseInt(t.substring(t.indexOf('=') + 1)));
            } else if (t.startsWith("dport=")) {
                dport.add(Integer.parseInt(t.substring(6)));
            } else if (t.startsWith("mark=")) {
                mark = Long.parseLong(t.substring(5));
            } else if (t.startsWith("zone=")) {
                zone = Integer.parseInt(t.substring(5));
            }
        }
        return new Line(tuple(protocol, src, dst, sport, dport, 0), tuple(protocol, src, dst, sport, dport, 1), state,
                mark, zone, flags);
    }

    private static ConntrackTuple tuple(int protocol, List<String> src, List<String> dst, List<Integer> sport,
                                        List<Integer> dport, int i) throws Exception {
        return new ConntrackTuple(protocol, InetAddress.getByName(src.get(i)), InetAddress.getByName(dst.get(i)),
                sport.size() > i ? sport.get(i) : -1, dport.size() > i ? dport.get(i) : -1);
    }
}
