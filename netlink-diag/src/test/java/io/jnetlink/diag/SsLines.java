package io.jnetlink.diag;

import io.jnetlink.core.net.IpAddresses;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Puts {@code ss} output and library records into the same comparable lines: the columns
 * {@code ss -H -tan}/{@code -uan}/{@code -xan} print, plus chosen {@code -e}/{@code -i} fields.
 */
final class SsLines {
    private SsLines() {
    }

    /** {@code ss -H -tan} style columns: state, Recv-Q, Send-Q, local, peer. */
    static String inet(InetSocket s) {
        boolean dualStack = s.family() == 10 && s.otherAttributes().stream()
                .anyMatch(a -> a.type() == 11 && a.value().length == 1 && a.value()[0] == 0); // INET_DIAG_SKV6ONLY = 0
        return s.state().ssName() + " " + s.receiveQueue() + " " + s.sendQueue() + " "
                + endpoint(s.family(), s.local(), false, dualStack) + " " + endpoint(s.family(), s.remote(), true, dualStack);
    }

    /**
     * An address:port as ss -n prints it: a v4-mapped address of an IPv6 socket in brackets, port 0
     * of a peer as *, and the wildcard of a dual-stack socket as *.
     */
    static String endpoint(int family, InetSocketAddress a, boolean peer, boolean dualStack) {
        String host = IpAddresses.format(a.getAddress());
        if (dualStack && a.getAddress().isAnyLocalAddress()) {
            host = "*";
        } else if (family == 10) {
            host = "[" + (a.getAddress() instanceof Inet4Address ? "::ffff:" + host : host) + "]";
        }
        return host + ":" + (peer && a.getPort() == 0 ? "*" : Integer.toString(a.getPort()));
    }

    /** The first five columns of each ss line (continuation lines of -i skipped), sorted. */
    static TreeSet<String> columns(String ssOutput) {
        TreeSet<String> out = new TreeSet<>();
        for (String line : ssOutput.split("\n")) {
            if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            out.add(String.join(" ", f[0], f[1], f[2], f[3], f[4]));
        }
        return out;
    }

    /** Each ss main line joined with its -i continuation line. */
    static List<String> records(String ssOutput) {
        List<String> out = new ArrayList<>();
        for (String line : ssOutput.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + line.trim());
            } else {
                out.add(line.trim());
            }
        }
        return out;
    }

    /** The output without the fields that change with time alone (ms since the last send, receive, ack). */
    static String timeless(String ssOutput) {
        return ssOutput.replaceAll("last(snd|rcv|ack):\\d+", "");
    }

    /** The value after {@code key} (e.g. {@code "ino:"}) in an ss record, or null. */
    static String field(String record, String key) {
        for (String token : record.split("\\s+")) {
            if (token.startsWith(key)) {
                return token.substring(key.length());
            }
        }
        return null;
    }

    static <T> TreeSet<String> sorted(List<T> items, java.util.function.Function<T, String> line) {
        TreeSet<String> out = new TreeSet<>();
        items.forEach(i -> out.add(line.apply(i)));
        return out;
    }
}
