package io.jnetlink.route;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.InterfaceNames;

/**
 * An rtnetlink request about one device, named ({@code dev NAME}, looked up when it runs) or by
 * index ({@code dev(int)}, no look-up): what {@code ip addr} and {@code ip neigh} requests share.
 * Subclasses check themselves, write their message for a known index, and name themselves.
 *
 * @param <SELF> the concrete request
 */
abstract class DeviceRequest<SELF extends DeviceRequest<SELF>> extends NetlinkRequest<SELF, Void>
        implements RequestEncoder {
    private String devName;
    private int devIndex;

    /**
     * {@code dev NAME}: the interface (this or {@link #dev(int)} is required); {@link #apply}
     * looks the name up in the target namespace with one {@code RTM_GETLINK} per call, as
     * {@code ip} does once per command.
     *
     * @param name the interface name
     * @return this request
     */
    public SELF dev(String name) {
        this.devName = InterfaceNames.check(name, "dev");
        this.devIndex = 0;
        return self();
    }

    /**
     * {@code dev NAME} given by interface index, as {@code ip} sends it once it has looked the
     * name up: no look-up round trip. Look the index up once for many requests
     * ({@code Links.get(name).orElseThrow().index()}); an index names whatever device has it when
     * the request runs (indexes are reused after a device is deleted).
     *
     * @param ifindex the interface index, positive
     * @return this request
     */
    public SELF dev(int ifindex) {
        if (ifindex <= 0) {
            throw new IllegalArgumentException("dev index must be positive: " + ifindex);
        }
        this.devIndex = ifindex;
        this.devName = null;
        return self();
    }

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
     * Looks up {@code dev NAME} in {@code connection}'s namespace (one {@code RTM_GETLINK}) and
     * returns an encoder of this request with that index; returns the request itself when its
     * device was given by index.
     *
     * @param connection a {@code NETLINK_ROUTE} connection of the namespace the request will run in
     * @return an encoder writing this request (as it is when it encodes) with the index found now
     * @throws IllegalArgumentException if the request is incomplete (e.g. no {@code dev})
     * @throws io.jnetlink.core.NetlinkException ENODEV when the device does not exist
     */
    public RequestEncoder resolve(NetlinkConnection connection) {
        check();
        if (devName == null) {
            return this;
        }
        int index = LinkIndexes.resolve(connection, devName);
        return new RequestEncoder() {
            @Override
            public void encode(MessageWriter w) {
                check();
                DeviceRequest.this.encode(w, index);
            }

            @Override
            public String describe() {
                return DeviceRequest.this.describe();
            }
        };
    }

    /**
     * Writes this request as one complete message into {@code writer} (sequence number 0, for
     * the connection to fill in), exactly as {@link #apply} sends it; allocates nothing. For
     * pipelining with {@link io.jnetlink.core.NetlinkBatch}.
     *
     * @param writer the writer to append the message to
     * @throws IllegalArgumentException if the request is incomplete (e.g. no {@code dev})
     * @throws IllegalStateException if the device was given by name: use {@link #dev(int)} or
     *                               {@link #resolve(NetlinkConnection)}
     */
    @Override
    public void encode(MessageWriter writer) {
        check();
        if (devName != null) {
            throw new IllegalStateException(describe() + ": dev " + devName + " is a name whose index must be looked up"
                    + " first: use dev(int) or encode resolve(connection)");
        }
        encode(writer, devIndex);
    }

    /**
     * Names this request in errors, e.g. {@code "RTM_NEWADDR 192.168.15.1/24 dev veth-red"}.
     *
     * @return the message type, what it is about and the device (name, or {@code ifindex N})
     */
    @Override
    public String describe() {
        return operation() + " dev " + (devName != null ? devName : "ifindex " + devIndex);
    }

    /** The device name, or null when given by index (or not yet given). */
    String devName() {
        return devName;
    }

    /** Whether a device was given, by name or index. */
    boolean hasDev() {
        return devName != null || devIndex != 0;
    }

    /** The message type and its object, e.g. {@code "RTM_NEWADDR 192.168.15.1/24"}; the device is appended. */
    abstract String operation();

    /** Checks what the setters cannot check alone; throws {@link IllegalArgumentException}. */
    abstract void check();

    /** Writes the message for the device with index {@code index}. */
    abstract void encode(MessageWriter w, int index);

    @SuppressWarnings("unchecked")
    private SELF self() {
        return (SELF) this;
    }
}
