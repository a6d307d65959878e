package io.jnetlink.generic.wireguard;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.generic.GenericFamily;
import io.jnetlink.generic.GenericNetlink;
import io.jnetlink.generic.GenericRequest;

import java.util.ArrayList;
import java.util.List;

import static io.jnetlink.generic.wireguard.wire.WgAttrs.*;

/**
 * Configures a wireguard device, {@code wg set DEV ...} / {@code wg setconf DEV FILE}: one
 * {@code WG_CMD_SET_DEVICE} with what was set, attributes in the order {@code wg} writes them
 * (checked byte for byte against {@code wg setconf}). The kernel here has no wireguard module:
 * {@code apply()} fails with {@code ENOENT} from family resolution; the encoding is what is tested.
 * A configuration too big for one message (thousands of allowed IPs) is not split as {@code wg} does.
 */
public final class WireguardRequest extends GenericRequest<WireguardRequest, Void> {
    private final String device;
    private WireguardKey privateKey;
    private int listenPort = -1;
    private long fwmark = -1;
    private boolean replacePeers;
    private final List<WireguardPeerConfig> peers = new ArrayList<>();

    WireguardRequest(String device) {
        this.device = InterfaceNames.check(device, "wireguard device");
    }

    /**
     * {@code private-key FILE} ({@code PrivateKey =}).
     *
     * @param key the private key
     * @return this request
     * @throws IllegalArgumentException if null
     */
    public WireguardRequest privateKey(WireguardKey key) {
        if (key == null) {
            throw new IllegalArgumentException("private key must not be null");
        }
        this.privateKey = key;
        return this;
    }

    /**
     * {@code listen-port N}; 0 lets the kernel choose.
     *
     * @param port 0..65535
     * @return this request
     * @throws IllegalArgumentException outside 0..65535
     */
    public WireguardRequest listenPort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("listen port must be 0..65535: " + port);
        }
        this.listenPort = port;
        return this;
    }

    /**
     * {@code fwmark N}; 0 turns it off.
     *
     * @param mark 0..4294967295
     * @return this request
     * @throws IllegalArgumentException outside that range
     */
    public WireguardRequest fwmark(long mark) {
        if (mark < 0 || mark > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("fwmark must be 0..4294967295: " + mark);
        }
        this.fwmark = mark;
        return this;
    }

    /**
     * Replaces every peer with the ones given ({@code WGDEVICE_F_REPLACE_PEERS}, what {@code wg setconf} does).
     *
     * @return this request
     */
    public WireguardRequest replacePeers() {
        this.replacePeers = true;
        return this;
    }

    /**
     * Adds or changes a peer.
     *
     * @param peer the peer
     * @return this request
     * @throws IllegalArgumentException if null
     */
    public WireguardRequest peer(WireguardPeerConfig peer) {
        if (peer == null) {
            throw new IllegalArgumentException("peer must not be null");
        }
        peers.add(peer);
        return this;
    }

    @Override
    protected String familyName() {
        return WG_GENL_NAME;
    }

    @Override
    protected Void exchange(NetlinkConnection connection, GenericFamily family) {
        connection.request(describe(), w -> encode(w, family));
        return null;
    }

    @Override
    public void encode(MessageWriter w, GenericFamily family) {
        int start = GenericNetlink.begin(w, family.id(), WG_CMD_SET_DEVICE, WG_GENL_VERSION, 0);
        w.putAttrString(WGDEVICE_A_IFNAME, device);
        if (privateKey != null) {
            w.putAttrBytes(WGDEVICE_A_PRIVATE_KEY, privateKey.bytes());
        }
        if (listenPort >= 0) {
            w.putAttrU16(WGDEVICE_A_LISTEN_PORT, listenPort);
        }
        if (fwmark >= 0) {
            w.putAttrU32(WGDEVICE_A_FWMARK, (int) fwmark);
        }
        if (replacePeers) {
            w.putAttrU32(WGDEVICE_A_FLAGS, WGDEVICE_F_REPLACE_PEERS);
        }
        if (!peers.isEmpty()) {
            int list = w.beginNested(WGDEVICE_A_PEERS);
            peers.forEach(p -> p.encode(w));
            w.endNested(list);
        }
        writeExtraAttributes(w);
        w.endMessage(start);
    }

    @Override
    public String describe() {
        return "WG_CMD_SET_DEVICE " + device;
    }
}
