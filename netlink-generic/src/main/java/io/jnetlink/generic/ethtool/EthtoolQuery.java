package io.jnetlink.generic.ethtool;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.generic.GenericFamily;
import io.jnetlink.generic.GenericRequest;

import java.util.function.Function;

import static io.jnetlink.generic.ethtool.wire.EthtoolAttrs.ETHTOOL_GENL_NAME;

/**
 * One ethtool GET for one device (e.g. {@code ethtool -l DEV}); {@code apply()} returns the
 * decoded reply. Made by {@link Ethtool}.
 *
 * @param <T> the decoded reply
 */
public final class EthtoolQuery<T> extends GenericRequest<EthtoolQuery<T>, T> {
    private final Query<T> query;
    private final String device;

    EthtoolQuery(Query<T> query, String device) {
        this.query = query;
        this.device = EthtoolMessages.device(device);
    }

    @Override
    protected String familyName() {
        return ETHTOOL_GENL_NAME;
    }

    @Override
    protected T exchange(NetlinkConnection connection, GenericFamily family) {
        Function<MessageReader, T> decoder = query.replies(connection, family, device);
        Object[] result = new Object[1];
        connection.request(describe(), w -> encode(w, family), m -> {
            T value = decoder.apply(m);
            if (value != null && result[0] == null) {
                result[0] = value;
            }
            return true;
        });
        if (result[0] == null) {
            throw new NetlinkDecodeException(describe() + ": the kernel acknowledged without a reply", 0);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    @Override
    public void encode(MessageWriter writer, GenericFamily family) {
        query.encode(writer, family, device, this::writeExtraAttributes);
    }

    @Override
    public String describe() {
        return query.name() + " " + device;
    }
}
