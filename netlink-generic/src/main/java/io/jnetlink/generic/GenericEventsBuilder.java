package io.jnetlink.generic;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.NetlinkSubscription;
import io.jnetlink.core.event.TypedEvents;
import io.jnetlink.core.event.TypedEventsBuilder;
import io.jnetlink.core.message.Netlink;

import java.util.List;

/**
 * A list-then-follow subscription to multicast groups of one generic netlink family: the family
 * and its group ids are resolved through nlctrl in the followed namespace when the subscription
 * starts. A family module says which groups it joins and how it decodes.
 *
 * @param <SELF> the concrete builder
 * @param <E>    the events it delivers
 */
public abstract class GenericEventsBuilder<SELF extends GenericEventsBuilder<SELF, E>, E> extends TypedEventsBuilder<SELF, E> {
    private NetNamespace namespace;
    private GenericFamily family;

    /** For subclasses. */
    protected GenericEventsBuilder() {
    }

    /** {@return the family name, e.g. {@code "ethtool"}} */
    protected abstract String familyName();

    /** {@return the names of the groups to join, e.g. {@code "monitor"}} */
    protected abstract List<String> groupNames();

    /** {@return the thread name of the subscription} */
    protected abstract String threadName();

    /**
     * How dumps and notifications of the resolved family become events.
     *
     * @param family the family as resolved in the followed namespace
     * @return the decoding and state-following
     */
    protected abstract TypedEvents<?, E> events(GenericFamily family);

    @Override
    public SELF in(NetNamespace ns) {
        this.namespace = ns;
        return super.in(ns);
    }

    @Override
    protected final TypedEvents<?, E> events() {
        return events(family());
    }

    @Override
    protected final NetlinkSubscription.Builder subscription() {
        GenericFamily f = family();
        int[] ids = groupNames().stream().mapToInt(name -> f.group(name).orElseThrow(() -> new IllegalStateException(
                "generic netlink family " + f.name() + " has no multicast group " + name)).id()).toArray();
        return NetlinkSubscription.builder(Netlink.NETLINK_GENERIC).groups(ids).threadName(threadName());
    }

    private GenericFamily family() {
        if (family == null) {
            NetNamespace ns = namespace != null ? namespace : NetNamespace.current();
            family = GenericFamilies.resolve(ns.connection(Netlink.NETLINK_GENERIC), familyName());
        }
        return family;
    }
}
