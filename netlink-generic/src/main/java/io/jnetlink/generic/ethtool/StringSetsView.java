package io.jnetlink.generic.ethtool;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.jnetlink.generic.ethtool.wire.EthtoolAttrs.*;

/**
 * The decoder of {@code ETHTOOL_MSG_STRSET_GET_REPLY}: string sets by id ({@code ETH_SS_*}),
 * each with its count and, unless only counts were asked, its strings in index order.
 * Valid until the next receive.
 */
public final class StringSetsView {
    /** A set holds at most a few thousand strings (a NIC's statistics); refuse counts no reply has. */
    private static final int MAX_STRINGS = 1 << 16;
    private final AttributeReader attrs = new AttributeReader();
    private MessageReader message;

    /**
     * Points the view at a string-set reply.
     *
     * @param message the message, positioned at its header
     * @return this view
     */
    public StringSetsView wrap(MessageReader message) {
        this.message = message;
        return this;
    }

    /**
     * Copies the sets out of the message.
     *
     * @return each set's id to its strings (count-only replies: an empty list per set, see {@link #toCounts()})
     * @throws NetlinkDecodeException if the message is malformed
     */
    public Map<Integer, List<String>> toStringSets() {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        read(out, new LinkedHashMap<>());
        return out;
    }

    /**
     * The count of each set in the message.
     *
     * @return each set's id to its count
     * @throws NetlinkDecodeException if the message is malformed
     */
    public Map<Integer, Integer> toCounts() {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        read(new LinkedHashMap<>(), counts);
        return counts;
    }

    private void read(Map<Integer, List<String>> sets, Map<Integer, Integer> counts) {
        EthtoolMessages.attributes(message, attrs);
        if (!attrs.find(ETHTOOL_A_STRSET_STRINGSETS)) {
            return;
        }
        AttributeReader list = attrs.nested(new AttributeReader());
        AttributeReader set = new AttributeReader();
        AttributeReader strings = new AttributeReader();
        AttributeReader string = new AttributeReader();
        while (list.next()) {
            if (list.type() != ETHTOOL_A_STRINGSETS_STRINGSET) {
                continue;
            }
            list.nested(set);
            int id = -1;
            int count = 0;
            String[] values = null;
            while (set.next()) {
                switch (set.type()) {
                    case ETHTOOL_A_STRINGSET_ID -> id = set.u32();
                    case ETHTOOL_A_STRINGSET_COUNT -> count = set.u32();
                    case ETHTOOL_A_STRINGSET_STRINGS -> {
                        if (count < 0 || count > MAX_STRINGS) {
                            throw new NetlinkDecodeException("ethtool string set of " + Integer.toUnsignedString(count)
                                    + " strings", set.offset());
                        }
                        values = new String[count];
                        set.nested(strings);
                        while (strings.next()) {
                            strings.nested(string);
                            int index = -1;
                            String value = "";
                            while (string.next()) {
                                if (string.type() == ETHTOOL_A_STRING_INDEX) {
                                    index = string.u32();
                                } else if (string.type() == ETHTOOL_A_STRING_VALUE) {
                                    value = string.string();
                                }
                            }
                            if (index < 0 || index >= count) {
                                throw new NetlinkDecodeException("ethtool string index " + Integer.toUnsignedString(index)
                                        + " outside a set of " + count, strings.offset());
                            }
                            values[index] = value;
                        }
                    }
                    default -> {
                    }
                }
            }
            if (id < 0) {
                throw new NetlinkDecodeException("ethtool string set without ETHTOOL_A_STRINGSET_ID", list.offset());
            }
            List<String> named = new ArrayList<>();
            if (values != null) {
                for (String v : values) {
                    named.add(v == null ? "" : v);
                }
            }
            sets.put(id, List.copyOf(named));
            counts.put(id, count);
        }
    }
}
