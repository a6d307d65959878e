package io.jnetlink.route;

import io.jnetlink.core.NetNamespace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code tc} oracle of the traffic-control integration tests (in {@code io.jnetlink.route.tc}):
 * runs {@code tc} inside a namespace and parses {@code tc -j} with {@link RouteIpTool}'s JSON reader.
 */
public final class TcTool {
    private TcTool() {
    }

    /**
     * Runs {@code tc ARGS} in {@code ns}; fails unless it exits 0.
     *
     * @param ns the namespace
     * @param args the arguments
     * @return stdout
     */
    public static String tc(NetNamespace ns, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("tc");
        cmd.addAll(List.of(args));
        try {
            Process p = ns.start(new ProcessBuilder(cmd));
            byte[] out;
            byte[] err;
            try (InputStream o = p.getInputStream(); InputStream e = p.getErrorStream()) {
                out = o.readAllBytes();
                err = e.readAllBytes();
            }
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("tc " + String.join(" ", args) + " did not finish");
            }
            if (p.exitValue() != 0) {
                throw new AssertionError("tc " + String.join(" ", args) + " exited " + p.exitValue() + ": "
                        + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("could not run tc " + String.join(" ", args), e);
        }
    }

    /**
     * Runs {@code tc -j ARGS} in {@code ns} and parses the JSON array it prints.
     *
     * @param ns the namespace
     * @param args the arguments
     * @return the objects (empty output: empty list)
     */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> json(NetNamespace ns, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "-j";
        System.arraycopy(args, 0, all, 1, args.length);
        String text = tc(ns, all).trim();
        return text.isEmpty() ? List.of() : (List<Map<String, Object>>) RouteIpTool.parse(text);
    }

    /**
     * Runs {@code ip ARGS} in {@code ns}; fails unless it exits 0.
     *
     * @param ns the namespace
     * @param args the arguments
     * @return stdout
     */
    public static String ip(NetNamespace ns, String... args) {
        return RouteIpTool.ip(ns, args);
    }
}
