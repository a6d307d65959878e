package io.jnetlink.route;

import io.jnetlink.route.wire.RtnlMessages;
import io.jnetlink.core.NetNamespace;

import java.util.List;

/**
 * Policy-routing rules, as {@code ip rule} manages them.
 *
 * <pre>{@code
 * Rules.add().from("10.1.0.0/16").table(100).priority(1000).in(ns).apply(); // ip rule add from 10.1.0.0/16 table 100 pref 1000
 * List<Rule> rules = Rules.list(ns);                                        // ip rule show ; ip -6 rule show
 * }</pre>
 */
public final class Rules {
    static {
        RtnlMessages.register(); // names rtnetlink types in traces before this facade's first message
    }

    private Rules() {
    }

    /**
     * {@code ip rule add …}.
     *
     * @return the request; {@code apply()} sends it
     */
    public static RuleRequest add() {
        return new RuleRequest(false);
    }

    /**
     * {@code ip rule del …}: deletes the first rule that matches every field given.
     *
     * @return the request; {@code apply()} sends it
     */
    public static RuleRequest delete() {
        return new RuleRequest(true);
    }

    /**
     * {@code ip rule show}: a query to narrow by family, then {@code apply()}.
     *
     * @return the request; {@code apply()} sends it
     */
    public static RuleQuery show() {
        return new RuleQuery();
    }

    /**
     * {@code ip rule show} and {@code ip -6 rule show} in the calling thread's namespace.
     *
     * @return the rules
     */
    public static List<Rule> list() {
        return show().apply();
    }

    /**
     * {@code ip -n NS rule show} and {@code ip -n NS -6 rule show}.
     *
     * @param namespace the network namespace to act in (like {@code ip -n NS})
     * @return the rules
     */
    public static List<Rule> list(NetNamespace namespace) {
        return show().in(namespace).apply();
    }
}
