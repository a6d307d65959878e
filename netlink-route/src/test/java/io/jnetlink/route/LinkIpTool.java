package io.jnetlink.route;

import io.jnetlink.core.NetNamespace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs iproute2 inside a namespace, the oracle of the differential tests. */
final class LinkIpTool {
    private LinkIpTool() {
    }

    /** Runs {@code ip ARGS} in {@code ns}; returns stdout; fails the test on a non-zero exit. */
    static String ip(NetNamespace ns, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("ip");
        cmd.addAll(List.of(args));
        try {
            Process p = ns.start(new ProcessBuilder(cmd).redirectErrorStream(true));
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(cmd + " did not finish");
            }
            if (p.exitValue() != 0) {
                throw new AssertionError(cmd + " exited " + p.exitValue() + ": " + out);
            }
            return out;
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(cmd + ": " + e, e);
        }
    }

    /** {@code ip -j -d link show}: every link as a JSON object. */
    static List<Map<String, Object>> links(NetNamespace ns) {
        return LinkJson.array(ip(ns, "-j", "-d", "link", "show"));
    }

    /** {@code ip -j -d link show dev NAME}, or empty when ip has no such link. */
    static Optional<Map<String, Object>> link(NetNamespace ns, String name) {
        return links(ns).stream().filter(l -> name.equals(l.get("ifname"))).findFirst();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }
}
