package io.jnetlink.junit;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.testing.Capabilities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs small fixture classes through JUnit's own engine (EngineTestKit) and checks what the
 * extension left behind: nothing, whether the test passed or failed. The fixtures are nested
 * classes, which failsafe does not run by itself.
 */
class TeardownIT {
    /** What the fixtures saw while running: handles, namespace ids, fd counts. */
    static final List<NetNamespace> SEEN = new CopyOnWriteArrayList<>();
    static final List<String> SEEN_IDS = new CopyOnWriteArrayList<>();
    static volatile int fdsDuringTest;

    @ExtendWith(NetNamespaceExtension.class)
    static class PassingFixture {
        @Test
        void passes(NetNamespace ns) throws Exception {
            see(ns);
            fdsDuringTest = ProcSupport.openFds();
        }
    }

    @ExtendWith(NetNamespaceExtension.class)
    static class FailingFixture {
        @Test
        void fails(NetNamespace ns) throws Exception {
            see(ns);
            fdsDuringTest = ProcSupport.openFds();
            fail("deliberately failing fixture");
        }
    }

    @ExtendWith(NetNamespaceExtension.class)
    static class ThrowingTopologyFixture {
        @Test
        void throwsMidway(@NetTopology(namespaces = 2, subnet = "10.77.0.0/29") Topology net) {
            see(net.bridgeNamespace());
            net.nodes().forEach(n -> see(n.namespace()));
            throw new IllegalStateException("deliberately thrown by the fixture");
        }
    }

    @ExtendWith(NetNamespaceExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ClassScopeFixture {
        static NetNamespace shared;

        @BeforeAll
        static void setUp(NetNamespace ns) {
            shared = ns;
            see(ns);
        }

        @Test
        @Order(1)
        void first(NetNamespace ns) {
            assertSame(shared, ns, "a test gets the class's namespace");
            assertTrue(ns.isOpen());
        }

        @Test
        @Order(2)
        void second(NetNamespace ns) {
            assertSame(shared, ns, "and so does the next test");
            assertTrue(ns.isOpen(), "still open after the first test");
        }
    }

    private static void see(NetNamespace ns) {
        SEEN.add(ns);
        SEEN_IDS.add(ns.id());
    }

    private static EngineExecutionResults execute(Class<?> fixture) {
        SEEN.clear();
        SEEN_IDS.clear();
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
    }

    private static void assertNothingLeft() throws Exception {
        assertFalse(SEEN.isEmpty(), "the fixture never ran");
        for (int i = 0; i < SEEN.size(); i++) {
            assertFalse(SEEN.get(i).isOpen(), "handle " + SEEN.get(i) + " still open");
            List<String> holders = ProcSupport.holdersAfterExit(SEEN_IDS.get(i), 2_000);
            assertEquals(List.of(), holders, SEEN_IDS.get(i) + " still reachable");
        }
    }

    @Test
    void shouldCloseTheNamespaceAfterAPassingTest() throws Exception {
        execute(PassingFixture.class); // warm up: classes, jars and JIT, so the fd count below is the namespace's
        int before = ProcSupport.openFds();
        execute(PassingFixture.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
        assertTrue(fdsDuringTest > before, "the namespace held fds during the test: " + before + " -> " + fdsDuringTest);
        assertNothingLeft();
        int after = ProcSupport.openFds();
        assertTrue(after <= before, "fds " + before + " before, " + fdsDuringTest + " during, " + after + " after");
    }

    @Test
    void shouldCloseTheNamespaceAfterAFailingTest() throws Exception {
        execute(FailingFixture.class);
        int before = ProcSupport.openFds();
        EngineExecutionResults results = execute(FailingFixture.class);
        results.testEvents().assertStatistics(s -> s.started(1).failed(1));
        assertTrue(failureOf(results).getMessage().contains("deliberately failing fixture"), "the test's own failure is reported");
        assertTrue(fdsDuringTest > before, "the namespace held fds during the test");
        assertNothingLeft();
        int after = ProcSupport.openFds();
        assertTrue(after <= before, "fds " + before + " before, " + fdsDuringTest + " during, " + after + " after");
    }

    @Test
    void shouldCloseEveryTopologyNamespaceAfterATestThrows() throws Exception {
        EngineExecutionResults results = execute(ThrowingTopologyFixture.class);
        results.testEvents().assertStatistics(s -> s.started(1).failed(1));
        assertEquals(3, SEEN.size(), "bridge namespace and two nodes");
        assertNothingLeft();
    }

    @Test
    void shouldShareAClassNamespaceFromBeforeAllAndCloseItAfterTheClass() throws Exception {
        execute(ClassScopeFixture.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        assertEquals(1, SEEN.size());
        assertNothingLeft();
    }

    @Test
    void shouldSayHowToRunWhenNamespacesMayNotBeMade() throws Exception {
        AtomicReference<EngineExecutionResults> results = new AtomicReference<>();
        AtomicReference<Throwable> crash = new AtomicReference<>();
        Thread unprivileged = new Thread(() -> {
            try {
                Capabilities.dropSysAdminFromThisThread();
                results.set(execute(PassingFixture.class));
            } catch (Throwable t) {
                crash.set(t);
            }
        }, "without-CAP_SYS_ADMIN");
        unprivileged.start();
        unprivileged.join();
        if (crash.get() != null) {
            throw new AssertionError("fixture thread crashed", crash.get());
        }
        results.get().testEvents().assertStatistics(s -> s.started(1).failed(1));
        assertTrue(SEEN.isEmpty(), "the test body must not run without its namespace");
        String message = failureOf(results.get()).getMessage();
        List<String> missing = new ArrayList<>();
        for (String expected : List.of("PassingFixture.passes()", "EPERM", "CAP_SYS_ADMIN", "unshare -rnm", "tools/netns-jdk/bin/java")) {
            if (!message.contains(expected)) {
                missing.add(expected);
            }
        }
        assertEquals(List.of(), missing, "missing from the failure message: " + message);
    }

    private static Throwable failureOf(EngineExecutionResults results) {
        return results.testEvents().failed().stream().findFirst().orElseThrow()
                .getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
    }
}
