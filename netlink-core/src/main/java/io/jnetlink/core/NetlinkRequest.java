package io.jnetlink.core;

import java.util.Objects;

/**
 * Base of every fluent request ({@code Links.create()…}, {@code Nat.masquerade(…)}): a target
 * namespace set with {@link #in(NetNamespace)} and the terminal {@link #apply()}, which runs the
 * request on the namespace's cached connection, or {@link #apply(NetlinkConnection)} on an
 * explicit one.
 *
 * <p>Builder methods validate their argument at once and throw {@link IllegalArgumentException}
 * naming it; nothing is sent before {@code apply}.
 *
 * @param <SELF>   the concrete request type, returned by the builder methods
 * @param <RESULT> what {@code apply} returns ({@code Void} when nothing)
 */
public abstract class NetlinkRequest<SELF extends NetlinkRequest<SELF, RESULT>, RESULT> {
    private NetNamespace namespace;

    /**
     * The netlink protocol this request speaks, e.g. {@code NETLINK_ROUTE}.
     *
     * @return the netlink protocol this request speaks, e.g. {@code NETLINK_ROUTE}
     */
    protected abstract int protocol();

    /**
     * Runs the request on {@code connection} (which must be of {@link #protocol()}).
     *
     * @param connection the connection to run on
     * @return the request's result ({@code null} for {@code Void} requests)
     */
    public abstract RESULT apply(NetlinkConnection connection);

    /**
     * Targets {@code namespace}, like {@code ip -n NAME …}; without it the request runs in the
     * calling thread's namespace ({@link NetNamespace#current()}).
     *
     * @param namespace the network namespace
     * @return this request
     */
    @SuppressWarnings("unchecked")
    public SELF in(NetNamespace namespace) {
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        return (SELF) this;
    }

    /**
     * Runs the request on the cached connection of the target namespace.
     *
     * @return the request's result ({@code null} for {@code Void} requests)
     */
    public RESULT apply() {
        return apply(targetNamespace().connection(protocol()));
    }

    /**
     * The namespace set with {@link #in}, or the calling thread's.
     *
     * @return the namespace set with {@link #in}, or the calling thread's
     */
    protected NetNamespace targetNamespace() {
        return namespace != null ? namespace : NetNamespace.current();
    }
}
