package io.jnetlink.route.kinds;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.route.LinkRawRequest;
import io.jnetlink.route.Links;
import io.jnetlink.route.internal.DeviceIndexes;
import io.jnetlink.route.wire.IflaInfoDataKinds;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Consumer;

/**
 * {@code ip link add NAME [link PARENT] type KIND …} for one kind: the kind's typed options become
 * the {@code IFLA_INFO_DATA} of a {@code Links.create().kind(NAME, KIND)} request (the route
 * package's escape hatch), so every common option of that request ({@code mtu}, {@code up},
 * {@code master}, {@code netns}, …) stays available through {@link #with}.
 *
 * @param <SELF> the concrete request
 */
abstract class KindRequest<SELF extends KindRequest<SELF>> extends NetlinkRequest<SELF, Void> {
    private final String name;
    private String parent;
    private int parentIndex;
    private Consumer<LinkRawRequest> options = r -> {
    };

    KindRequest(String name) {
        this.name = InterfaceNames.check(name, "link name");
    }

    /** The {@code IFLA_INFO_KIND}. */
    abstract String kind();

    /** Writes the kind's {@code IFLA_INFO_DATA} attributes (nothing for kinds without options). */
    abstract void writeData(MessageWriter w);

    /** Checks the kind's options that the setters cannot check alone (the parent is checked apart). */
    void check() {
    }

    private void requireParent(boolean given) {
        if (needsParent() && !given) {
            throw new IllegalArgumentException("link is required: " + kind() + " " + name + " needs a parent device");
        }
    }

    /** Whether the kind sits on a parent device ({@code link DEV}). */
    boolean needsParent() {
        return false;
    }

    /** Sets {@code link PARENT} by name. */
    final void parent(String parent) {
        this.parent = InterfaceNames.check(parent, "link");
        this.parentIndex = 0;
    }

    /** Sets {@code link PARENT} by index. */
    final void parent(int index) {
        if (index <= 0) {
            throw new IllegalArgumentException("link index must be positive: " + index);
        }
        this.parentIndex = index;
        this.parent = null;
    }

    /**
     * Common link options ({@code mtu}, {@code address}, {@code up}, {@code master}, {@code netns},
     * raw attributes) set on the underlying {@code ip link add} request.
     *
     * @param options sets options on the request
     * @return this request
     */
    @SuppressWarnings("unchecked")
    public SELF with(Consumer<LinkRawRequest> options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        Consumer<LinkRawRequest> before = this.options;
        this.options = before.andThen(options);
        return (SELF) this;
    }

    /** {@return the name of the link to create} */
    public String name() {
        return name;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public Void apply(NetlinkConnection connection) {
        check();
        requireParent(parent != null || parentIndex != 0);
        int index = parent != null ? DeviceIndexes.index(connection, parent) : parentIndex;
        toLinkRequest(index).apply(connection);
        return null;
    }

    /**
     * The {@code ip link add} request this kind makes, with the parent given by index: to encode,
     * batch or apply on a connection of your choice.
     *
     * @param parentIndex the parent device's index ({@code link DEV}), 0 for kinds without one
     * @return a new request
     */
    public LinkRawRequest toLinkRequest(int parentIndex) {
        check();
        requireParent(parentIndex != 0);
        LinkRawRequest r = Links.create().kind(name, kind());
        byte[] data = infoData();
        if (data.length > 0) {
            r.data(data);
        }
        if (parentIndex != 0) {
            byte[] link = ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(0, parentIndex).array();
            r.attribute(IflaInfoDataKinds.IFLA_LINK, link);
        }
        options.accept(r);
        return r;
    }

    /** {@return the {@code IFLA_INFO_DATA} payload: the kind's attributes} */
    public byte[] infoData() {
        MessageWriter w = new MessageWriter(128);
        writeData(w);
        byte[] out = new byte[w.position()];
        w.buffer().get(0, out);
        return out;
    }

    static int u8(int value, int max, String what) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(what + " must be between 0 and " + max + ": " + value);
        }
        return value;
    }
}
