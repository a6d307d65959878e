package io.jnetlink.examples;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compiles and runs the public-API contract, {@code SeedWalkthrough.java}, unchanged against the
 * built jars (this JVM's class path), in a fresh network and mount namespace of its own with a
 * private {@code /run/netns}, exactly as the contract's header says.
 *
 * <p>The contract comes from {@code ../shared/contract/} beside the checkout when it is there
 * (and must then equal the copy kept in {@code src/test/contract/}); a checkout without it runs
 * the kept copy.
 */
class ContractIT {
    private static final Path KEPT_COPY = Path.of("src/test/contract/SeedWalkthrough.java");
    private static final Path SHARED = Path.of("../../shared/contract/SeedWalkthrough.java");

    @Test
    void seedWalkthroughPassesUnchanged() throws Exception {
        Path contract = KEPT_COPY;
        if (Files.exists(SHARED)) {
            assertArrayEquals(Files.readAllBytes(SHARED), Files.readAllBytes(KEPT_COPY),
                    "src/test/contract/SeedWalkthrough.java differs from ../shared/contract: copy it again unchanged");
            contract = SHARED;
        }
        FreshNamespaceJava.Result run = FreshNamespaceJava.run(180, contract.toAbsolutePath().toString());
        String out = run.output();
        System.out.println(out);
        assertEquals(0, run.exitCode(), "contract failed:\n" + out);
        List<String> lines = out.lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("contract: all \\d+ checks passed")), out);
    }

}
