package io.jnetlink.generic.ethtool;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.generic.GenericFamily;
import io.jnetlink.generic.GenericRequest;

import java.util.Map;
import java.util.TreeMap;

import static io.jnetlink.generic.ethtool.wire.EthtoolAttrs.*;

/**
 * A SET of u32 counts on one device ({@code ethtool -L}, {@code ethtool -G}): only the counts
 * given are sent, the kernel keeps the others. {@code apply()} returns the settings afterwards.
 *
 * @param <SELF>   the concrete request
 * @param <RESULT> the settings read back
 */
abstract class CountsRequest<SELF extends CountsRequest<SELF, RESULT>, RESULT> extends GenericRequest<SELF, RESULT> {
    private final String device;
    private final Map<Integer, Long> counts = new TreeMap<>();

    CountsRequest(String device) {
        this.device = EthtoolMessages.device(device);
    }

    abstract int command();

    abstract String commandName();

    abstract EthtoolQuery<RESULT> readBack(String device);

    String device() {
        return device;
    }

    @SuppressWarnings("unchecked")
    SELF count(int attribute, String what, long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(what + " must be 0..4294967295: " + value);
        }
        counts.put(attribute, value);
        return (SELF) this;
    }

    @Override
    protected String familyName() {
        return ETHTOOL_GENL_NAME;
    }

    @Override
    protected RESULT exchange(NetlinkConnection connection, GenericFamily family) {
        if (counts.isEmpty()) {
            throw new IllegalStateException("nothing to set on " + device);
        }
        connection.request(describe(), w -> encode(w, family));
        return readBack(device).apply(connection);
    }

    @Override
    public void encode(MessageWriter w, GenericFamily family) {
        int start = EthtoolMessages.begin(w, family, command(), ETHTOOL_A_HEADER, device, 0);
        counts.forEach((type, value) -> w.putAttrU32(type, (int) (long) value));
        writeExtraAttributes(w);
        w.endMessage(start);
    }

    @Override
    public String describe() {
        return commandName() + " " + device + " " + counts;
    }
}
