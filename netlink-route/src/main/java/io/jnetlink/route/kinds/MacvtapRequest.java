package io.jnetlink.route.kinds;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.IflaInfoDataKinds;

/** {@code ip link add link PARENT name NAME type macvtap mode private|vepa|bridge|passthru}. */
public final class MacvtapRequest extends KindRequest<MacvtapRequest> {
    /** {@code MACVLAN_MODE_*}. */
    public enum Mode {
        /** {@code private} (1). */
        PRIVATE(1),
        /** {@code vepa} (2). */
        VEPA(2),
        /** {@code bridge} (4). */
        BRIDGE(4),
        /** {@code passthru} (8). */
        PASSTHRU(8);

        final int raw;

        Mode(int raw) {
            this.raw = raw;
        }

        /** {@return the {@code MACVLAN_MODE_*} value} */
        public int raw() {
            return raw;
        }
    }

    private Mode mode;

    MacvtapRequest(String name) {
        super(name);
    }

    /**
     * {@code link PARENT}; required.
     *
     * @param parent the parent's name
     * @return this request
     */
    public MacvtapRequest link(String parent) {
        parent(parent);
        return this;
    }

    /**
     * {@code mode M} (kernel default vepa).
     *
     * @param mode the mode
     * @return this request
     */
    public MacvtapRequest mode(Mode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("mode must not be null");
        }
        this.mode = mode;
        return this;
    }

    @Override
    boolean needsParent() {
        return true;
    }

    @Override
    String kind() {
        return "macvtap";
    }

    @Override
    void writeData(MessageWriter w) {
        if (mode != null) {
            w.putAttrU32(IflaInfoDataKinds.IFLA_MACVLAN_MODE, mode.raw);
        }
    }
}
