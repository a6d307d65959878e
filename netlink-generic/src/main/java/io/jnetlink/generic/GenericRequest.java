package io.jnetlink.generic;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.RawAttribute;

import java.util.ArrayList;
import java.util.List;

/**
 * Base of every fluent generic netlink request: runs on a {@code NETLINK_GENERIC} connection with
 * its family resolved through nlctrl (cached per connection, resolved again when the family id
 * went away: {@link GenericFamilies#withFamily}). Subclasses write their message for a resolved
 * family id and run their exchange.
 *
 * @param <SELF>   the concrete request type
 * @param <RESULT> what {@code apply} returns
 */
public abstract class GenericRequest<SELF extends GenericRequest<SELF, RESULT>, RESULT> extends NetlinkRequest<SELF, RESULT> {
    private final List<RawAttribute> extra = new ArrayList<>();

    /** For subclasses. */
    protected GenericRequest() {
    }

    /** {@return the generic netlink family this request speaks, e.g. {@code "ethtool"}} */
    protected abstract String familyName();

    /**
     * Runs the exchange with the resolved family.
     *
     * @param connection a {@code NETLINK_GENERIC} connection
     * @param family the resolved family
     * @return the result
     */
    protected abstract RESULT exchange(NetlinkConnection connection, GenericFamily family);

    /**
     * Writes the request message for the resolved family (for batches and tests).
     *
     * @param writer the writer
     * @param family the resolved family
     */
    public abstract void encode(MessageWriter writer, GenericFamily family);

    /** {@return the request in words for errors, e.g. {@code "ETHTOOL_MSG_FEATURES_SET veth0"}} */
    public abstract String describe();

    /**
     * Appends a top-level attribute this library does not model, written as given after the
     * request's own (the escape hatch for newer kernels' attributes).
     *
     * @param attribute the attribute, type with its flag bits
     * @return this request
     * @throws IllegalArgumentException if null
     */
    @SuppressWarnings("unchecked")
    public SELF attribute(RawAttribute attribute) {
        if (attribute == null) {
            throw new IllegalArgumentException("attribute must not be null");
        }
        extra.add(attribute);
        return (SELF) this;
    }

    /**
     * Writes the attributes added with {@link #attribute(RawAttribute)}; subclasses call it last
     * before {@code endMessage}.
     *
     * @param writer the writer
     */
    protected final void writeExtraAttributes(MessageWriter writer) {
        for (RawAttribute a : extra) {
            a.writeTo(writer);
        }
    }

    @Override
    protected final int protocol() {
        return Netlink.NETLINK_GENERIC;
    }

    @Override
    public RESULT apply(NetlinkConnection connection) {
        return GenericFamilies.withFamily(connection, familyName(), f -> exchange(connection, f));
    }

    /**
     * This request bound to the family as resolved on {@code connection}, to add to a
     * {@link io.jnetlink.core.NetlinkBatch} (many requests per {@code sendmsg}, every ACK matched).
     *
     * @param connection a {@code NETLINK_GENERIC} connection
     * @return an encoder that writes this request
     */
    public RequestEncoder encoder(NetlinkConnection connection) {
        GenericFamily family = GenericFamilies.resolve(connection, familyName());
        return new RequestEncoder() {
            @Override
            public void encode(MessageWriter writer) {
                GenericRequest.this.encode(writer, family);
            }

            @Override
            public String describe() {
                return GenericRequest.this.describe();
            }
        };
    }
}
