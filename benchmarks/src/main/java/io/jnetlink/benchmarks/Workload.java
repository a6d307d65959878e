package io.jnetlink.benchmarks;

/** The workloads of {@link Workloads}, each with the phases it times and prints. */
public enum Workload {
    /** Create N veth pairs {@code a<i>/b<i>}, then delete each {@code a<i>}. */
    W1("W1add", "W1del"),
    /** Add {@code 10.a.b.c/32} to br0 for k = 1..N. */
    W2("W2"),
    /** Add N /32 routes via 10.0.0.2, then dump IPv4 routes and count the main table's. */
    W3("W3add", "W3dump"),
    /** Dump all links and count them (2N+1). */
    W4("W4"),
    /** One nftables transaction: table, nat chain and N masquerade rules; then list the chain. */
    W5("W5"),
    /** N TCP sockets (N/2 loopback connections, both ends, and a listener): {@code ss -tan} to /dev/null, then the library's dump. */
    SS("SSss", "SSdump", "SSlist"),
    /**
     * N namespaces, each with lo up and a listing link subscription; every lo changes MTU twice and
     * every subscriber must see both (threads, RSS per namespace and idle CPU are printed too).
     */
    W6("W6setup", "W6deliver", "W6teardown");

    private final String[] phases;

    Workload(String... phases) {
        this.phases = phases;
    }

    /** The phase names it prints, in order. */
    public String[] phases() {
        return phases.clone();
    }

    /** {@code W1}…{@code W6} or {@code SS}, case-insensitive. */
    public static Workload parse(String text) {
        for (Workload w : values()) {
            if (w.name().equalsIgnoreCase(text)) {
                return w;
            }
        }
        throw new IllegalArgumentException("WORKLOAD must be one of W1 W2 W3 W4 W5 W6 SS: '" + text + "'");
    }
}
