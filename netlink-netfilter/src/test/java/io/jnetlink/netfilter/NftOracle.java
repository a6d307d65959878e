package io.jnetlink.netfilter;

import io.jnetlink.core.NetNamespace;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs nft (and other tools) inside a test's namespace. */
final class NftOracle {
    private NftOracle() {
    }

    static String run(NetNamespace ns, String... command) throws Exception {
        return new String(runBytes(ns, command), StandardCharsets.UTF_8);
    }

    /** The command's output as bytes (names need not be UTF-8). */
    static byte[] runBytes(NetNamespace ns, String... command) throws Exception {
        Process p = ns.start(new ProcessBuilder(command).redirectErrorStream(true));
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " timed out");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (" + p.exitValue() + "): "
                    + new String(out, StandardCharsets.UTF_8));
        }
        return out;
    }

    static String listRuleset(NetNamespace ns) throws Exception {
        return run(ns, "nft", "list", "ruleset");
    }

    static void nftFile(NetNamespace ns, String script) throws Exception {
        Path f = Files.createTempFile("jnetlink-nft", ".nft");
        try {
            Files.writeString(f, script);
            run(ns, "nft", "-f", f.toString());
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
