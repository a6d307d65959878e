package io.jnetlink.generic.ethtool;

import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.StateCodec;
import io.jnetlink.core.event.StateUpdate;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.generic.GenericFamily;
import io.jnetlink.generic.GenericNetlink;

import java.util.List;

import static io.jnetlink.generic.ethtool.wire.EthtoolAttrs.*;

/**
 * Reads ethtool's features and channels, from dump replies and {@code monitor} notifications
 * alike, in the verbose bitset form both use (only features with a bit set are named). A device's
 * features and its channels are two followed objects.
 */
final class EthtoolEventCodec implements StateCodec<DeviceSettings> {
    private record Key(Class<?> kind, int ifindex) {
    }

    private final GenericFamily family;
    private final FeaturesView features = new FeaturesView();
    private final ChannelsView channels = new ChannelsView();

    EthtoolEventCodec(GenericFamily family) {
        this.family = family;
    }

    /** The dumps that list what is followed: features and channels of every device. */
    List<RequestEncoder> dumps() {
        return List.of(dump(ETHTOOL_MSG_FEATURES_GET), dump(ETHTOOL_MSG_CHANNELS_GET));
    }

    private RequestEncoder dump(int command) {
        return w -> {
            int start = EthtoolMessages.begin(w, family, command, ETHTOOL_A_HEADER, null, 0);
            w.endMessage(start);
        };
    }

    @Override
    public StateUpdate<DeviceSettings> decode(MessageReader m) {
        if (m.type() != family.id()) {
            return null;
        }
        return switch (GenericNetlink.command(m)) {
            case ETHTOOL_MSG_FEATURES_GET_REPLY, ETHTOOL_MSG_FEATURES_NTF -> new StateUpdate<>(features.wrap(m).toFeatures(), false);
            case ETHTOOL_MSG_CHANNELS_GET_REPLY, ETHTOOL_MSG_CHANNELS_NTF -> new StateUpdate<>(channels.wrap(m).toChannels(), false);
            default -> null;
        };
    }

    @Override
    public Object key(DeviceSettings value) {
        return new Key(value.getClass(), value.ifindex());
    }

    static EthtoolEvent event(ChangeType type, DeviceSettings settings) {
        return new EthtoolChangeEvent(type, settings);
    }
}
