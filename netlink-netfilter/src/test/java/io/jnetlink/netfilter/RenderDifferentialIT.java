package io.jnetlink.netfilter;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.junit.NetnsTest;
import io.jnetlink.netfilter.expr.Expression;
import io.jnetlink.netfilter.expr.RawExpression;
import io.jnetlink.netfilter.render.NftRenderer;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Rulesets made by the CLI tools, read back by the library as typed records (no raw expression
 * left) and rendered: the text equals {@code nft list ruleset}'s. One ruleset holds every
 * expression the library models that this kernel accepts (src/test/resources/nft/exprs/capture.sh),
 * one is a Docker host's made by iptables-nft with a meter-based rate limit beside it.
 */
class RenderDifferentialIT {
    static final String EXPRESSIONS = """
            table ip t {
            	set m { type ipv4_addr; size 65535; flags dynamic,timeout; timeout 1m; }
            	counter c1 { }
            	quota q1 { over 100 mbytes; }
            	chain pre { type filter hook prerouting priority -150; }
            	chain c { type filter hook input priority 0; }
            	chain o { type filter hook output priority 0; }
            }
            table netdev n {
            	chain in { type filter hook ingress device "lo" priority 0; }
            }
            add rule ip t c add @m { ip saddr limit rate 10/second } accept
            add rule ip t c update @m { ip saddr timeout 10s }
            add rule ip t c quota over 100 mbytes drop
            add rule ip t c counter name "c1"
            add rule ip t c quota name "q1" drop
            add rule ip t o tcp dport set 8080
            add rule ip t o meta mark set 0x10
            add rule ip t o ct mark set 0x5
            add rule ip t pre fib daddr type local accept
            add rule ip t pre socket transparent 1 accept
            add rule ip t o meta mark set numgen inc mod 2
            add rule ip t o meta mark set jhash ip saddr mod 4
            add rule ip t o meta mark set symhash mod 2
            add rule ip t c tcp dport != 1000-2000 accept
            add rule ip t c tcp option maxseg size 1400 accept
            add rule ip t o tcp option maxseg size set 1360
            add rule ip t pre dup to 10.0.0.1 device lo
            add rule netdev n in fwd to lo
            add rule ip t pre meta l4proto tcp tproxy to :8080
            add rule ip t c ct state established,related accept
            add rule ip t c iifname "lo" tcp dport { 22, 80 } counter accept
            """;

    /** Interface names by index in {@code ns}, as {@code ip -o link} lists them. */
    private static IntFunction<String> ifnames(NetNamespace ns) throws Exception {
        Map<Integer, String> names = new HashMap<>();
        for (String line : NftOracle.run(ns, "ip", "-o", "link").split("\n")) {
            String[] f = line.split(": ");
            if (f.length > 1) {
                names.put(Integer.parseInt(f[0].trim()), f[1].replaceAll("@.*", ""));
            }
        }
        return i -> names.getOrDefault(i, Integer.toString(i));
    }

    private static void assertReadCompletelyAndRenderedAsNft(NetNamespace ns) throws Exception {
        Ruleset read = Nftables.list(ns);
        for (NftRule r : read.rules()) {
            List<Expression> raw = r.expressions().stream().filter(e -> e instanceof RawExpression).toList();
            assertFalse(!raw.isEmpty(), r + " keeps " + raw);
        }
        StringBuilder nft = new StringBuilder();
        for (String line : NftOracle.listRuleset(ns).split("\n")) {
            if (!line.startsWith("# Warning:")) { // iptables-nft's tables carry a warning comment
                nft.append(line).append('\n');
            }
        }
        assertEquals(nft.toString(), NftRenderer.ruleset(read, ifnames(ns)));
    }

    @NetnsTest
    void everyModelledExpressionRendersAsNftListsIt(NetNamespace ns) throws Exception {
        NftOracle.run(ns, "ip", "link", "set", "lo", "up");
        NftOracle.nftFile(ns, EXPRESSIONS);
        assertReadCompletelyAndRenderedAsNft(ns);
    }

    @NetnsTest
    void theDifferentialRulesetRendersAsNftListsIt(NetNamespace ns) throws Exception {
        NftOracle.nftFile(ns, DifferentialIT.SCRIPT);
        assertReadCompletelyAndRenderedAsNft(ns);
    }

    /**
     * Every rule nft made, read as records and written back by the library into a namespace with
     * the same tables, sets and objects, lists exactly as nft's (the anonymous-set rule left out:
     * its set belongs to the rule that made it).
     */
    @NetnsTest
    void rulesReadBackAndWrittenByTheLibraryListAsNftsOwn(NetNamespace byNft, NetNamespace byLibrary) throws Exception {
        String declarations = EXPRESSIONS.substring(0, EXPRESSIONS.indexOf("add rule"));
        String rules = EXPRESSIONS.substring(EXPRESSIONS.indexOf("add rule")).replaceAll("(?m)^.*\\{ 22, 80 \\}.*\n", "");
        for (NetNamespace ns : List.of(byNft, byLibrary)) {
            NftOracle.run(ns, "ip", "link", "set", "lo", "up");
        }
        NftOracle.nftFile(byNft, declarations + rules);
        NftOracle.nftFile(byLibrary, declarations);
        Transaction tx = Nftables.transaction().withoutRuleHandles();
        for (NftRule r : Nftables.list(byNft).rules()) {
            NftRuleBuilder b = NftRule.in(r.family(), r.table(), r.chain());
            r.expressions().forEach(b::expression);
            tx.addRule(b);
        }
        tx.in(byLibrary).apply();
        assertEquals(NftOracle.listRuleset(byNft), NftOracle.listRuleset(byLibrary));
    }

    @NetnsTest
    void aDockerStyleIptablesNftRulesetAndAMeterReadBackCompletely(NetNamespace ns) throws Exception {
        Path script = Files.createTempFile("jnetlink-docker", ".sh");
        try (InputStream in = RenderDifferentialIT.class.getResourceAsStream("/nft/docker/docker.sh")) {
            Files.writeString(script, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            NftOracle.run(ns, "bash", script.toString());
        } finally {
            Files.deleteIfExists(script);
        }
        NftOracle.nftFile(ns, """
                table inet rl {
                	set ratelimit { type ipv4_addr; flags dynamic; }
                	chain input {
                		type filter hook input priority filter; policy accept;
                		tcp dport 22 add @ratelimit { ip saddr limit rate over 10/second } drop
                	}
                }
                """);
        assertReadCompletelyAndRenderedAsNft(ns);
    }
}
