package io.jnetlink.generic.ethtool;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.generic.GenericFamily;
import io.jnetlink.generic.GenericRequest;

import java.util.List;

import static io.jnetlink.generic.ethtool.wire.EthtoolAttrs.ETHTOOL_GENL_NAME;

/**
 * One ethtool GET dumped for every device of the namespace (e.g. {@code ethtool -k} of each
 * device); {@code apply()} returns one decoded reply per device that supports it (the kernel
 * skips devices whose driver lacks the operation). Made by {@link Ethtool}.
 *
 * @param <T> the decoded reply
 */
public final class EthtoolDump<T> extends GenericRequest<EthtoolDump<T>, List<T>> {
    private final Query<T> query;

    EthtoolDump(Query<T> query) {
        this.query = query;
    }

    @Override
    protected String familyName() {
        return ETHTOOL_GENL_NAME;
    }

    @Override
    protected List<T> exchange(NetlinkConnection connection, GenericFamily family) {
        return connection.dumpToList(describe(), w -> encode(w, family), query.replies(connection, family, null));
    }

    @Override
    public void encode(MessageWriter writer, GenericFamily family) {
        query.encode(writer, family, null, this::writeExtraAttributes);
    }

    @Override
    public String describe() {
        return query.name() + " (dump)";
    }
}
