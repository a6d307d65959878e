package io.jnetlink.generic.ethtool;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.generic.GenericFamily;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.jnetlink.generic.ethtool.wire.EthtoolAttrs.*;

/**
 * ethtool over generic netlink ({@code ETHTOOL_GENL_NAME} "ethtool"): link settings, offload
 * features, channels, rings, string sets and statistics of one device, or of every device by
 * dump. Every request takes {@code .in(ns)} and ends in {@code .apply()}.
 *
 * <pre>{@code
 * Features f = Ethtool.showFeatures("veth0").in(ns).apply();                   // ethtool -k veth0
 * Ethtool.features("veth0").set("tx-tcp-segmentation", false).in(ns).apply();  // ethtool -K veth0 tso off
 * Channels c = Ethtool.channels("veth0").rx(2).in(ns).apply();                  // ethtool -L veth0 rx 2
 * }</pre>
 */
public final class Ethtool {
    private static final Query<Features> FEATURES = new Query<>("ETHTOOL_MSG_FEATURES_GET", ETHTOOL_MSG_FEATURES_GET,
            ETHTOOL_MSG_FEATURES_GET_REPLY, ETHTOOL_A_HEADER, 0, Query.NO_BODY, Ethtool::featuresDecoder);
    private static final Query<Features> FEATURES_COMPACT = new Query<>("ETHTOOL_MSG_FEATURES_GET (compact)",
            ETHTOOL_MSG_FEATURES_GET, ETHTOOL_MSG_FEATURES_GET_REPLY, ETHTOOL_A_HEADER, ETHTOOL_FLAG_COMPACT_BITSETS,
            Query.NO_BODY, Ethtool::featuresDecoder);
    private static final Query<Channels> CHANNELS = new Query<>("ETHTOOL_MSG_CHANNELS_GET", ETHTOOL_MSG_CHANNELS_GET,
            ETHTOOL_MSG_CHANNELS_GET_REPLY, ETHTOOL_A_HEADER, 0, Query.NO_BODY,
            (c, f, d) -> m -> new ChannelsView().wrap(m).toChannels());
    private static final Query<Rings> RINGS = new Query<>("ETHTOOL_MSG_RINGS_GET", ETHTOOL_MSG_RINGS_GET,
            ETHTOOL_MSG_RINGS_GET_REPLY, ETHTOOL_A_HEADER, 0, Query.NO_BODY,
            (c, f, d) -> m -> new RingsView().wrap(m).toRings());
    private static final Query<LinkSettings> LINK = new Query<>("ETHTOOL_MSG_LINKMODES_GET", ETHTOOL_MSG_LINKMODES_GET,
            ETHTOOL_MSG_LINKMODES_GET_REPLY, ETHTOOL_A_HEADER, 0, Query.NO_BODY, Ethtool::linkDecoder);
    private static final Query<DriverInfo> DRIVER_INFO = new Query<>("ETHTOOL_MSG_STRSET_GET (counts)",
            ETHTOOL_MSG_STRSET_GET, ETHTOOL_MSG_STRSET_GET_REPLY, ETHTOOL_A_HEADER, 0,
            w -> stringSets(w, true, ETH_SS_TEST, ETH_SS_STATS, ETH_SS_PRIV_FLAGS), (c, f, d) -> m -> {
                EthtoolMessages.Device device = deviceOf(m);
                Map<Integer, Integer> counts = new StringSetsView().wrap(m).toCounts();
                return new DriverInfo(device.index(), device.name(), counts.getOrDefault(ETH_SS_STATS, 0),
                        counts.getOrDefault(ETH_SS_TEST, 0), counts.getOrDefault(ETH_SS_PRIV_FLAGS, 0));
            });
    private static final Query<EthtoolStatistics> STATISTICS = new Query<>("ETHTOOL_MSG_STATS_GET", ETHTOOL_MSG_STATS_GET,
            ETHTOOL_MSG_STATS_GET_REPLY, ETHTOOL_A_STATS_HEADER, 0, Ethtool::allStatisticsGroups, (c, f, d) -> {
                List<String> names = d == null ? List.of() : stringSet(d, ETH_SS_STATS).apply(c);
                return m -> new StatisticsView().wrap(m).toStatistics(names);
            });

    private Ethtool() {
    }

    /**
     * {@code ethtool DEV}: speed, duplex, auto-negotiation, port, PHY address, transceiver, MDI-X,
     * link modes and whether a link is detected (three GETs: link info, link modes, link state).
     *
     * @param device the device name
     * @return the request; {@code apply()} returns the settings
     * @throws IllegalArgumentException if the device name is not a valid interface name
     */
    public static EthtoolQuery<LinkSettings> show(String device) {
        return new EthtoolQuery<>(LINK, device);
    }

    /**
     * {@code ethtool -k DEV}: every offload feature with its active, requested and fixed state.
     *
     * @param device the device name
     * @return the request; {@code apply()} returns the features
     * @throws IllegalArgumentException if the device name is not a valid interface name
     */
    public static EthtoolQuery<Features> showFeatures(String device) {
        return new EthtoolQuery<>(FEATURES, device);
    }

    /**
     * {@code ethtool -k DEV} asking the kernel for compact bitsets ({@code ETHTOOL_FLAG_COMPACT_BITSETS}:
     * value and mask words, named through the {@code ETH_SS_FEATURES} string set); the same result
     * as {@link #showFeatures}, in fewer bytes.
     *
     * @param device the device name
     * @return the request; {@code apply()} returns the features
     * @throws IllegalArgumentException if the device name is not a valid interface name
     */
    public static EthtoolQuery<Features> showFeaturesCompact(String device) {
        return new EthtoolQuery<>(FEATURES_COMPACT, device);
    }

    /**
     * {@code ethtool -k} of every device of the namespace (a dump). The replies name only the
     * features with a bit set somewhere (active, requested, changeable or never-changed): a
     * feature that is off, unrequested and fixed is left out, where {@link #showFeatures} lists it.
     *
     * @return the request; {@code apply()} returns the features of each device
     */
    public static EthtoolDump<Features> listFeatures() {
        return new EthtoolDump<>(FEATURES);
    }

    /**
     * {@code ethtool -K DEV NAME on|off ...}.
     *
     * @param device the device name
     * @return the request; add features with {@code set}
     * @throws IllegalArgumentException if the device name is not a valid interface name
     */
    public static FeaturesRequest features(String device) {
        return new FeaturesRequest(device);
    }

    /**
     * {@code ethtool -l DEV}.
     *
     * @param device the device name
     * @return the request; {@code apply()} returns the channel counts
     * @throws IllegalArgumentException if the device name is not a valid interface name
     */
    public static EthtoolQuery<Channels> showChannels(String device) {
        return new EthtoolQuery<>(CHANNELS, device);
    }

    /**
     * {@code ethtool -l} of every device that has channels (a dump).
     *
     * @return the request; {@code apply()} returns the channels of each device
     */
    public static EthtoolDump<Channels> listChannels() {
        return new EthtoolDump<>(CHANNELS);
    }

    /**
     * {@code ethtool -L DEV rx N tx N ...}.
     *
     * @param device the device name
     * @return the request; add counts with {@code rx}, {@code tx}, {@code other}, {@code combined}
     * @throws IllegalArgumentException if the device name is not a valid interface name
     */
    public static ChannelsRequest channels(String device) {
        return new ChannelsRequest(device);
    }

    /**
     * {@code ethtool -g DEV}; devices without rings (veth) make {@code apply()} throw
     * {@link io.jnetlink.core.NetlinkException} with {@code EOPNOTSUPP}.
     *
     * @param device the device name
     * @return the request; {@code apply()} returns the ring sizes
     * @throws IllegalArgumentException if the device name is not a valid interface name
     */
    public static EthtoolQuery<Rings> showRings(String device) {
        return new EthtoolQuery<>(RINGS, device);
    }

    /**
     * {@code ethtool -G DEV rx N tx N ...}.
     *
     * @param device the device name
     * @return the request; add sizes with {@code rx}, {@code rxMini}, {@code rxJumbo}, {@code tx}
     * @throws IllegalArgumentException if the device name is not a valid interface name
     */
    public static RingsRequest rings(String device) {
        return new RingsRequest(device);
    }

    /**
     * The part of {@code ethtool -i DEV} netlink answers (see {@link DriverInfo}).
     *
     * @param device the device name
     * @return the request; {@code apply()} returns the string-set counts
     * @throws IllegalArgumentException if the device name is not a valid interface name
     */
    public static EthtoolQuery<DriverInfo> driverInfo(String device) {
        return new EthtoolQuery<>(DRIVER_INFO, device);
    }

    /**
     * What netlink offers of {@code ethtool -S DEV} (see {@link EthtoolStatistics}).
     *
     * @param device the device name
     * @return the request; {@code apply()} returns the statistic names and standard groups
     * @throws IllegalArgumentException if the device name is not a valid interface name
     */
    public static EthtoolQuery<EthtoolStatistics> statistics(String device) {
        return new EthtoolQuery<>(STATISTICS, device);
    }

    /**
     * One string set of a device ({@code ETHTOOL_MSG_STRSET_GET}), e.g. {@code ETH_SS_STATS} (1):
     * the names {@code ethtool -S} prints, or {@code ETH_SS_FEATURES} (4): the feature names.
     *
     * @param device the device name
     * @param setId the {@code ETH_SS_*} id (0..31)
     * @return the request; {@code apply()} returns the strings in index order
     * @throws IllegalArgumentException if the device name is invalid or the id is outside 0..31
     */
    public static EthtoolQuery<List<String>> stringSet(String device, int setId) {
        if (setId < 0 || setId > 31) {
            throw new IllegalArgumentException("string set id must be 0..31 (ETH_SS_*): " + setId);
        }
        return new EthtoolQuery<>(new Query<>("ETHTOOL_MSG_STRSET_GET " + setId, ETHTOOL_MSG_STRSET_GET,
                ETHTOOL_MSG_STRSET_GET_REPLY, ETHTOOL_A_HEADER, 0, w -> stringSets(w, false, setId),
                (c, f, d) -> m -> new StringSetsView().wrap(m).toStringSets().getOrDefault(setId, List.of())), device);
    }

    // ---- decoders that ask the kernel first ---------------------------------------------------

    private static Function<MessageReader, Features> featuresDecoder(NetlinkConnection c, GenericFamily f, String device) {
        // the feature names are global: any device's set will do, and a dump needs them too
        List<String> names = device == null ? List.of() : stringSet(device, ETH_SS_FEATURES).apply(c);
        FeaturesView view = new FeaturesView().names(names);
        return m -> view.wrap(m).toFeatures();
    }

    private static Function<MessageReader, LinkSettings> linkDecoder(NetlinkConnection c, GenericFamily f, String device) {
        LinkSettingsView view = new LinkSettingsView();
        for (int command : new int[] {ETHTOOL_MSG_LINKINFO_GET, ETHTOOL_MSG_LINKSTATE_GET}) {
            if (device == null) {
                break;
            }
            c.request("ETHTOOL_MSG " + command + " " + device, w -> {
                int start = EthtoolMessages.begin(w, f, command, ETHTOOL_A_HEADER, device, 0);
                w.endMessage(start);
            }, m -> {
                if (m.type() == f.id()) {
                    view.add(m);
                }
                return true;
            });
        }
        return m -> view.add(m).toLinkSettings();
    }

    private static EthtoolMessages.Device deviceOf(MessageReader m) {
        var attrs = EthtoolMessages.attributes(m, new AttributeReader());
        return attrs.find(ETHTOOL_A_HEADER) ? EthtoolMessages.header(attrs) : EthtoolMessages.require(null, m);
    }

    private static void stringSets(MessageWriter w, boolean countsOnly, int... ids) {
        int sets = w.beginNested(ETHTOOL_A_STRSET_STRINGSETS);
        for (int id : ids) {
            int set = w.beginNested(ETHTOOL_A_STRINGSETS_STRINGSET);
            w.putAttrU32(ETHTOOL_A_STRINGSET_ID, id);
            w.endNested(set);
        }
        w.endNested(sets);
        if (countsOnly) {
            w.putAttrFlag(ETHTOOL_A_STRSET_COUNTS_ONLY);
        }
    }

    /** {@code ETHTOOL_A_STATS_GROUPS}: a compact bitset without mask, every group of {@code __ETHTOOL_STATS_CNT} set. */
    private static void allStatisticsGroups(MessageWriter w) {
        int groups = w.beginNested(ETHTOOL_A_STATS_GROUPS);
        w.putAttrFlag(ETHTOOL_A_BITSET_NOMASK);
        w.putAttrU32(ETHTOOL_A_BITSET_SIZE, ETHTOOL_STATS_CNT);
        w.putAttrU32(ETHTOOL_A_BITSET_VALUE, (1 << ETHTOOL_STATS_CNT) - 1);
        w.endNested(groups);
    }
}
