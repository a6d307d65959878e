package io.jnetlink.generic.mptcp;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.generic.GenericFamily;
import io.jnetlink.generic.GenericNetlink;
import io.jnetlink.generic.GenericRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static io.jnetlink.generic.mptcp.wire.MptcpPm.*;

/**
 * One request of the MPTCP path manager without options of its own ({@code ip mptcp endpoint
 * delete/flush/show}, {@code ip mptcp limits show}): made by {@link MptcpEndpoints}.
 *
 * @param <R> what {@code apply()} returns
 */
public final class MptcpPmRequest<R> extends GenericRequest<MptcpPmRequest<R>, R> {
    private final String name;
    private final int command;
    private final boolean dump;
    private final Consumer<MessageWriter> body;
    private final Function<MessageReader, Object> decoder;

    private MptcpPmRequest(String name, int command, boolean dump, Consumer<MessageWriter> body,
                           Function<MessageReader, Object> decoder) {
        this.name = name;
        this.command = command;
        this.dump = dump;
        this.body = body;
        this.decoder = decoder;
    }

    /** A request acknowledged without a reply. */
    static MptcpPmRequest<Void> action(String name, int command, Consumer<MessageWriter> body) {
        return new MptcpPmRequest<>(name, command, false, body, null);
    }

    /** A dump of endpoints. */
    static MptcpPmRequest<List<MptcpEndpoint>> endpoints() {
        return new MptcpPmRequest<>("MPTCP_PM_CMD_GET_ADDR (dump)", MPTCP_PM_CMD_GET_ADDR, true, w -> { },
                m -> new MptcpEndpointView().wrap(m).toMptcpEndpoint());
    }

    /** The limits. */
    static MptcpPmRequest<MptcpLimits> limits() {
        return new MptcpPmRequest<>("MPTCP_PM_CMD_GET_LIMITS", MPTCP_PM_CMD_GET_LIMITS, false, w -> { },
                m -> new MptcpLimitsView().wrap(m).toMptcpLimits());
    }

    @Override
    protected String familyName() {
        return MPTCP_PM_NAME;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected R exchange(NetlinkConnection connection, GenericFamily family) {
        List<Object> values = new ArrayList<>();
        Function<MessageReader, Object> replies = m -> m.type() == family.id() && decoder != null ? decoder.apply(m) : null;
        if (dump) {
            values.addAll(connection.dumpToList(name, w -> encode(w, family), replies));
            return (R) List.copyOf(values);
        }
        connection.request(name, w -> encode(w, family), m -> {
            Object v = replies.apply(m);
            if (v != null) {
                values.add(v);
            }
            return true;
        });
        if (decoder == null) {
            return null;
        }
        if (values.isEmpty()) {
            throw new NetlinkDecodeException(name + ": the kernel acknowledged without a reply", 0);
        }
        return (R) values.get(0);
    }

    @Override
    public void encode(MessageWriter writer, GenericFamily family) {
        int start = GenericNetlink.begin(writer, family.id(), command, MPTCP_PM_VER, 0);
        body.accept(writer);
        writeExtraAttributes(writer);
        writer.endMessage(start);
    }

    @Override
    public String describe() {
        return name;
    }
}
