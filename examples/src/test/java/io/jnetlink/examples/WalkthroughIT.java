package io.jnetlink.examples;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's first command runs this demo: it must finish, prove each step with traffic, and clean up. */
class WalkthroughIT {
    @Test
    void demoRunsEveryStepAndLeavesNoNamespaceBehind() throws Exception {
        FreshNamespaceJava.Result run = FreshNamespaceJava.run(180, Walkthrough.class.getName());
        String out = run.output();
        assertEquals(0, run.exitCode(), out);
        assertTrue(out.contains("walkthrough: done"), out);
        List<String> seen = out.lines().filter(l -> l.contains("the server saw the client as")).toList();
        assertEquals(List.of("192.168.15.1", "192.168.15.1", "192.168.15.5", "192.168.1.2", "192.168.1.3"),
                seen.stream().map(l -> l.replaceAll(".*saw the client as (\\S+).*", "$1")).toList(), out);
        assertTrue(out.contains("192.168.15.2 dev veth-red lladdr "), "red learnt blue's MAC:\n" + out);
        assertTrue(out.contains("default via 192.168.15.5 dev veth-blue"), out);
        // after "ip netns del …" the listing that follows is empty
        String tail = out.substring(out.lastIndexOf("$ ip netns\n") + "$ ip netns\n".length());
        assertEquals("walkthrough: done", tail.strip(), out);
    }
}
