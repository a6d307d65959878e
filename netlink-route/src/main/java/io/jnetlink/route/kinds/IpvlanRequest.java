package io.jnetlink.route.kinds;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.IflaInfoDataKinds;

/** {@code ip link add link PARENT name NAME type ipvlan mode l2|l3|l3s [bridge|private|vepa]}. */
public final class IpvlanRequest extends KindRequest<IpvlanRequest> {
    /** {@code IPVLAN_MODE_*}. */
    public enum Mode {
        /** {@code l2} (0). */
        L2,
        /** {@code l3} (1). */
        L3,
        /** {@code l3s} (2). */
        L3S
    }

    /** {@code IPVLAN_F_*} as one choice. */
    public enum Isolation {
        /** {@code bridge} (0): slaves talk to each other. */
        BRIDGE,
        /** {@code private} (1). */
        PRIVATE,
        /** {@code vepa} (2). */
        VEPA
    }

    private Mode mode = Mode.L3;
    private Isolation isolation = Isolation.BRIDGE;

    IpvlanRequest(String name) {
        super(name);
    }

    /**
     * {@code link PARENT}; required.
     *
     * @param parent the parent's name
     * @return this request
     */
    public IpvlanRequest link(String parent) {
        parent(parent);
        return this;
    }

    /**
     * {@code mode l2|l3|l3s} (default l3).
     *
     * @param mode the mode
     * @return this request
     */
    public IpvlanRequest mode(Mode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("mode must not be null");
        }
        this.mode = mode;
        return this;
    }

    /**
     * {@code bridge|private|vepa} (default bridge).
     *
     * @param isolation the isolation flag
     * @return this request
     */
    public IpvlanRequest isolation(Isolation isolation) {
        if (isolation == null) {
            throw new IllegalArgumentException("isolation must not be null");
        }
        this.isolation = isolation;
        return this;
    }

    @Override
    boolean needsParent() {
        return true;
    }

    @Override
    String kind() {
        return "ipvlan";
    }

    @Override
    void writeData(MessageWriter w) {
        w.putAttrU16(IflaInfoDataKinds.IFLA_IPVLAN_MODE, mode.ordinal());
        w.putAttrU16(IflaInfoDataKinds.IFLA_IPVLAN_FLAGS, isolation.ordinal());
    }
}
