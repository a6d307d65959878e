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
            List<String> named = new ArrayList<>();
            boolean hasStrings = false;
            while (set.next()) {
                switch (set.type()) {
                    case ETHTOOL_A_STRINGSET_ID -> id = set.u32();
                    case ETHTOOL_A_STRINGSET_COUNT -> count = set.u32();
                    case ETHTOOL_A_STRINGSET_STRINGS -> {
                        hasStrings = true;
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
                            // the kernel sends every string of the set, in index order: anything else is
                            // malformed (and a count is never trusted to size anything)
                            if (index != named.size()) {
                                throw new NetlinkDecodeException("ethtool string index " + Integer.toUnsignedString(index)
                                        + " where " + named.size() + " was due", strings.offset());
                            }
                            named.add(value);
                        }
                    }
                    default -> {
                    }
                }
            }
            if (id < 0) {
                throw new NetlinkDecodeException("ethtool string set without ETHTOOL_A_STRINGSET_ID", list.offset());
            }
            if (hasStrings && named.size() != count) {
                throw new NetlinkDecodeException("ethtool string set " + id + " of " + Integer.toUnsignedString(count)
                        + " strings holds " + named.size(), list.offset());
            }
            sets.put(id, List.copyOf(named));
            counts.put(id, count);
        }
    }
}
