package io.jnetlink.route.bridge;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.internal.DeviceIndexes;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A bridge request about devices given by name or index: names are looked up in the namespace the
 * request runs in, then the subclass writes its one message with the indexes.
 *
 * @param <SELF> the concrete request
 */
abstract class BridgeRequest<SELF extends BridgeRequest<SELF>> extends NetlinkRequest<SELF, Void>
        implements RequestEncoder {

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public Void apply(NetlinkConnection connection) {
        connection.request(resolve(connection));
        return null;
    }

    /**
     * Looks up the devices this request names in {@code connection}'s namespace (one
     * {@code RTM_GETLINK} each) and returns an encoder of the request with their indexes.
     *
     * @param connection a {@code NETLINK_ROUTE} connection of the namespace the request will run in
     * @return an encoder writing this request with the indexes found now
     * @throws IllegalArgumentException if the request is incomplete
     * @throws io.jnetlink.core.NetlinkException ENODEV when a named device does not exist
     */
    public RequestEncoder resolve(NetlinkConnection connection) {
        check();
        Map<Dev, Integer> found = new IdentityHashMap<>();
        for (Dev d : devices()) {
            if (d != null) {
                found.put(d, d.name != null ? DeviceIndexes.index(connection, d.name) : d.index);
            }
        }
        return new RequestEncoder() {
            @Override
            public void encode(MessageWriter w) {
                BridgeRequest.this.encode(w, d -> d == null ? 0 : found.get(d));
            }

            @Override
            public String describe() {
                return BridgeRequest.this.describe();
            }
        };
    }

    /**
     * Writes this request as one complete message (sequence 0, for the connection to fill in);
     * devices must have been given by index. For pipelining with {@link io.jnetlink.core.NetlinkBatch}.
     *
     * @param writer the writer to append the message to
     * @throws IllegalArgumentException if the request is incomplete
     * @throws IllegalStateException if a device was given by name: use {@link #resolve(NetlinkConnection)}
     */
    @Override
    public void encode(MessageWriter writer) {
        check();
        encode(writer, d -> {
            if (d == null) {
                return 0;
            }
            if (d.name != null) {
                throw new IllegalStateException(describe() + ": device " + d.name
                        + " is a name whose index must be looked up first: encode resolve(connection)");
            }
            return d.index;
        });
    }

    /** The devices named by this request (entries may be null: not given). */
    abstract List<Dev> devices();

    /** Checks what the setters cannot check alone; IllegalArgumentException naming the argument. */
    abstract void check();

    /** Writes the message; {@code index} maps each device of {@link #devices()} (or null: 0) to its index. */
    abstract void encode(MessageWriter w, ToIntFunction<Dev> index);
}
