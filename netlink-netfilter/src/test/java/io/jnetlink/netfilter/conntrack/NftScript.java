package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.NetNamespace;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs {@code nft -f -} with a script inside a test's namespace. */
final class NftScript {
    private NftScript() {
    }

    static void apply(NetNamespace ns, String script) throws Exception {
        Process p = ns.start(new ProcessBuilder("nft", "-f", "-").redirectErrorStream(true));
        try (var in = p.getOutputStream()) {
            in.write(script.getBytes(StandardCharsets.UTF_8));
        }
        String out;
        try (InputStream o = p.getInputStream()) {
            out = new String(o.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new AssertionError("nft -f - failed: " + out + "\n" + script);
        }
    }
}
