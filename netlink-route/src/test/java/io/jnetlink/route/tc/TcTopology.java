package io.jnetlink.route.tc;

import io.jnetlink.core.NetNamespace;

import java.util.concurrent.ThreadLocalRandom;

import static io.jnetlink.route.TcTool.ip;

/** Two namespaces joined by a veth cable: {@code va} 10.77.0.1/24 in {@link #a}, {@code vb} 10.77.0.2/24 in {@link #b}. */
final class TcTopology implements AutoCloseable {
    final NetNamespace a;
    final NetNamespace b;

    TcTopology(String prefix) {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
        a = NetNamespace.create(prefix + "-a-" + tag);
        b = NetNamespace.create(prefix + "-b-" + tag);
        for (NetNamespace ns : new NetNamespace[] {a, b}) {
            ns.sysctl("net.ipv6.conf.default.disable_ipv6", "1"); // no router solicitations: counters stay still
        }
        ip(a, "link", "add", "va", "type", "veth", "peer", "name", "vb", "netns", prefix + "-b-" + tag);
        ip(a, "addr", "add", "10.77.0.1/24", "dev", "va");
        ip(b, "addr", "add", "10.77.0.2/24", "dev", "vb");
        for (NetNamespace ns : new NetNamespace[] {a, b}) {
            ip(ns, "link", "set", "lo", "up");
        }
        ip(a, "link", "set", "va", "up");
        ip(b, "link", "set", "vb", "up");
    }

    @Override
    public void close() {
        a.delete();
        b.delete();
    }
}
