package io.jnetlink.generic;

import io.jnetlink.core.NetNamespace;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs the oracles (genl, ethtool, ip) inside a test's namespace. */
public final class Cli {
    private Cli() {
    }

    /** Output and exit status of one command. */
    public record Result(int exit, String output) {
    }

    /** Runs {@code command} in {@code ns}; fails the test unless it exits 0. */
    public static String run(NetNamespace ns, String... command) throws Exception {
        Result r = attempt(ns, command);
        if (r.exit() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (" + r.exit() + "): " + r.output());
        }
        return r.output();
    }

    /** Runs {@code command} in {@code ns} (stdout and stderr together), whatever its exit status. */
    public static Result attempt(NetNamespace ns, String... command) throws Exception {
        Process p = ns.start(new ProcessBuilder(command).redirectErrorStream(true));
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " timed out");
        }
        return new Result(p.exitValue(), out);
    }
}
