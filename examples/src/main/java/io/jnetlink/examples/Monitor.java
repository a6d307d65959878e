package io.jnetlink.examples;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.EventQueue;
import io.jnetlink.route.EventSync;
import io.jnetlink.route.RtnetlinkEvent;
import io.jnetlink.route.RouteEventGroup;
import io.jnetlink.route.RouteEvents;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ip monitor} from Java: prints rtnetlink events as they happen, one line each, like
 * {@code ip monitor} does ({@code [LINK] ...}, {@code [ADDR] ...}, {@code Deleted ...}).
 *
 * <pre>
 * java -cp examples/target/netlink-examples.jar io.jnetlink.examples.Monitor [-n NAME] [-l] [-c COUNT] [OBJECT...]
 *   OBJECT: all link address route neigh rule nsid (default all); -4 / -6 narrow address, route and rule
 *   -n NAME   follow the named namespace NAME (ip -n NAME monitor)
 *   -l        first list what exists (as NEW events), then follow
 *   -c COUNT  exit after COUNT change events
 * </pre>
 *
 * Overruns never pass silently: {@code [SYNC] OVERRUN} is printed, the state is re-dumped and the
 * differences printed, then {@code [SYNC] RESYNCED}. Ctrl-C closes the subscription.
 */
public final class Monitor {
    private Monitor() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("Monitor: " + e.getMessage());
            System.err.println("usage: Monitor [-n NAME] [-l] [-c COUNT] [-4|-6] [all|link|address|route|neigh|rule|nsid]...");
            System.exit(2);
        }
    }

    /** Parses {@code args} like {@code ip monitor} and prints events to {@code out} until COUNT or interruption. */
    static void run(String[] args, PrintStream out) throws Exception {
        String name = null;
        boolean list = false;
        long count = Long.MAX_VALUE;
        boolean v4 = true;
        boolean v6 = true;
        List<String> objects = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-n", "-netns" -> name = value(args, ++i, "-n");
                case "-l", "-list" -> list = true;
                case "-c", "-count" -> {
                    try {
                        count = Long.parseLong(value(args, ++i, "-c"));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("-c takes a number: " + args[i]);
                    }
                }
                case "-4" -> v6 = false;
                case "-6" -> v4 = false;
                default -> objects.add(args[i]);
            }
        }
        Set<RouteEventGroup> groups = groups(objects, v4, v6);
        NetNamespace ns = name == null ? NetNamespace.current() : NetNamespace.open(name);
        try (EventQueue<RtnetlinkEvent> events = RouteEvents.subscribe().in(ns)
                .groups(groups.toArray(RouteEventGroup[]::new)).listExisting(list).queue(4096)) {
            Thread main = Thread.currentThread();
            Thread hook = new Thread(() -> {
                events.close();
                main.interrupt();
            });
            Runtime.getRuntime().addShutdownHook(hook);
            long changes = 0;
            try {
                while (changes < count) {
                    RtnetlinkEvent e = events.poll(Duration.ofSeconds(1));
                    if (e == null) {
                        continue;
                    }
                    if (e instanceof EventSync s) {
                        if (list || s.signal() != io.jnetlink.core.event.SyncSignal.LISTED) {
                            out.println(e);
                        }
                    } else {
                        out.println(e);
                        changes++;
                    }
                    out.flush();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it closes the queue itself
                }
            }
        } finally {
            if (name != null) {
                ns.close();
            }
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** ip monitor's object names to groups (abbreviations as ip accepts them: addr, neigh, ...). */
    static Set<RouteEventGroup> groups(List<String> objects, boolean v4, boolean v6) {
        Set<RouteEventGroup> out = EnumSet.noneOf(RouteEventGroup.class);
        if (objects.isEmpty()) {
            objects = List.of("all");
        }
        for (String o : objects) {
            switch (o) {
                case "all" -> {
                    out.add(RouteEventGroup.LINK);
                    out.add(RouteEventGroup.NEIGHBOR);
                    out.add(RouteEventGroup.NSID);
                    addFamilies(out, v4, v6, RouteEventGroup.IPV4_ADDRESS, RouteEventGroup.IPV6_ADDRESS);
                    addFamilies(out, v4, v6, RouteEventGroup.IPV4_ROUTE, RouteEventGroup.IPV6_ROUTE);
                    addFamilies(out, v4, v6, RouteEventGroup.IPV4_RULE, RouteEventGroup.IPV6_RULE);
                }
                case "link" -> out.add(RouteEventGroup.LINK);
                case "address", "addr", "a" -> addFamilies(out, v4, v6, RouteEventGroup.IPV4_ADDRESS, RouteEventGroup.IPV6_ADDRESS);
                case "route", "r" -> addFamilies(out, v4, v6, RouteEventGroup.IPV4_ROUTE, RouteEventGroup.IPV6_ROUTE);
                case "neigh", "neighbor", "neighbour", "n" -> out.add(RouteEventGroup.NEIGHBOR);
                case "rule" -> addFamilies(out, v4, v6, RouteEventGroup.IPV4_RULE, RouteEventGroup.IPV6_RULE);
                case "nsid" -> out.add(RouteEventGroup.NSID);
                default -> throw new IllegalArgumentException("unknown object \"" + o
                        + "\": expected all, link, address, route, neigh, rule or nsid");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("-4 and -6 together leave nothing to follow");
        }
        return out;
    }

    private static void addFamilies(Set<RouteEventGroup> out, boolean v4, boolean v6, RouteEventGroup g4, RouteEventGroup g6) {
        if (v4) {
            out.add(g4);
        }
        if (v6) {
            out.add(g6);
        }
    }
}
