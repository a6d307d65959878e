package io.jnetlink.diag;

import io.jnetlink.core.NetNamespace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs iproute2's {@code ip} and {@code ss} inside a namespace: the oracles of the integration tests. */
final class Tools {
    private Tools() {
    }

    /** Runs {@code ip ARGS} in {@code ns}; fails unless it exits 0. */
    static String ip(NetNamespace ns, String... args) {
        return run(ns, "ip", args);
    }

    /** Runs {@code ss ARGS} in {@code ns}; fails unless it exits 0. */
    static String ss(NetNamespace ns, String... args) {
        return run(ns, "ss", args);
    }

    static String run(NetNamespace ns, String tool, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(tool);
        cmd.addAll(List.of(args));
        try {
            Process p = ns.start(new ProcessBuilder(cmd));
            p.getOutputStream().close(); // no input: and no pipe left open until a GC
            byte[] out;
            byte[] err;
            try (InputStream o = p.getInputStream(); InputStream e = p.getErrorStream()) {
                out = o.readAllBytes();
                err = e.readAllBytes();
            }
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(cmd + " did not finish");
            }
            if (p.exitValue() != 0) {
                throw new AssertionError(cmd + " exited " + p.exitValue() + ": " + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("could not run " + cmd, e);
        }
    }

    /** A fresh named namespace with lo up. */
    static NetNamespace namespace(String prefix) {
        NetNamespace ns = NetNamespace.create(prefix + "-" + Long.toString(System.nanoTime() & 0xFFFFFF, 36));
        ip(ns, "link", "set", "lo", "up");
        return ns;
    }

    /** Two namespaces joined by a veth cable: a has 10.7.0.1/24 and fd07::1/64, b .2 and ::2. */
    static NetNamespace[] pair(String prefix) {
        String tag = Long.toString(System.nanoTime() & 0xFFFFFF, 36);
        NetNamespace a = NetNamespace.create(prefix + "-a-" + tag);
        NetNamespace b = NetNamespace.create(prefix + "-b-" + tag);
        ip(a, "link", "add", "va", "type", "veth", "peer", "name", "vb", "netns", prefix + "-b-" + tag);
        ip(a, "addr", "add", "10.7.0.1/24", "dev", "va");
        ip(a, "addr", "add", "fd07::1/64", "dev", "va", "nodad");
        ip(b, "addr", "add", "10.7.0.2/24", "dev", "vb");
        ip(b, "addr", "add", "fd07::2/64", "dev", "vb", "nodad");
        for (NetNamespace ns : new NetNamespace[] {a, b}) {
            ip(ns, "link", "set", "lo", "up");
        }
        ip(a, "link", "set", "va", "up");
        ip(b, "link", "set", "vb", "up");
        // IPv6 adds the prefix routes when the carrier comes up, from a work queue: wait for them
        long deadline = System.nanoTime() + 10_000_000_000L;
        for (NetNamespace ns : new NetNamespace[] {a, b}) {
            while (ip(ns, "-6", "route", "show", "fd07::/64").isBlank()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no route to fd07::/64 after 10 s");
                }
                Thread.onSpinWait();
            }
        }
        return new NetNamespace[] {a, b};
    }
}
