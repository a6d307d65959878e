package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.NetNamespace;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Runs the {@code ipset} tool inside a test's namespace, the oracle of the ipset ITs. */
final class IpsetOracle {
    private IpsetOracle() {
    }

    /** {@code ipset ARGS…} with {@code stdin} fed to it (null: none); its output, or an AssertionError. */
    static String ipset(NetNamespace ns, String stdin, String... args) throws Exception {
        Result r = tryIpset(ns, stdin, args);
        if (r.exit() != 0) {
            throw new AssertionError("ipset " + String.join(" ", args) + " failed (" + r.exit() + "): " + r.output());
        }
        return r.output();
    }

    record Result(int exit, String output) {
    }

    static Result tryIpset(NetNamespace ns, String stdin, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "ipset";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = ns.start(new ProcessBuilder(command).redirectErrorStream(true));
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        String out;
        try (InputStream o = p.getInputStream()) {
            out = new String(o.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("ipset " + String.join(" ", args) + " timed out");
        }
        return new Result(p.exitValue(), out);
    }

    /**
     * {@code ipset save} text made comparable: the random hash seed ({@code initval}) and the
     * seconds left of members with a timeout (they tick) are masked; lines sorted, since hash
     * order is the kernel's business.
     */
    static String comparable(String save) {
        return Arrays.stream(save.split("\n"))
                .filter(l -> !l.isBlank())
                .map(l -> l.replaceAll(" initval 0x[0-9a-f]+", " initval X"))
                .map(l -> l.startsWith("add ") ? l.replaceAll(" timeout \\d+", " timeout N") : l)
                .sorted()
                .collect(Collectors.joining("\n"));
    }

    static List<String> names(NetNamespace ns) throws Exception {
        return Arrays.stream(ipset(ns, null, "list", "-n").split("\n")).filter(l -> !l.isBlank()).sorted().toList();
    }
}
