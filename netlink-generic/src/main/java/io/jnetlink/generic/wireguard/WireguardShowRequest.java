package io.jnetlink.generic.wireguard;

import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.generic.GenericFamily;
import io.jnetlink.generic.GenericNetlink;
import io.jnetlink.generic.GenericRequest;

import static io.jnetlink.generic.wireguard.wire.WgAttrs.*;

/**
 * {@code wg show DEV dump}: the {@code WG_CMD_GET_DEVICE} dump of one device, merged into one
 * record. Untested against a kernel here (no wireguard module); the decoder is checked against
 * {@code wg}'s own reading of a reply built from the UAPI layout.
 */
public final class WireguardShowRequest extends GenericRequest<WireguardShowRequest, WireguardDevice> {
    private final String device;

    WireguardShowRequest(String device) {
        this.device = InterfaceNames.check(device, "wireguard device");
    }

    @Override
    protected String familyName() {
        return WG_GENL_NAME;
    }

    @Override
    protected WireguardDevice exchange(NetlinkConnection connection, GenericFamily family) {
        WireguardDeviceView[] view = {new WireguardDeviceView()};
        connection.dump(describe(), w -> encode(w, family), new MessageHandler() {
            @Override
            public boolean onMessage(MessageReader m) {
                if (m.type() == family.id() && GenericNetlink.command(m) == WG_CMD_GET_DEVICE) {
                    view[0].add(m);
                }
                return true;
            }

            @Override
            public void onRestart() {
                view[0] = new WireguardDeviceView();
            }
        });
        return view[0].toWireguardDevice();
    }

    @Override
    public void encode(MessageWriter w, GenericFamily family) {
        int start = GenericNetlink.begin(w, family.id(), WG_CMD_GET_DEVICE, WG_GENL_VERSION, 0);
        w.putAttrString(WGDEVICE_A_IFNAME, device);
        writeExtraAttributes(w);
        w.endMessage(start);
    }

    @Override
    public String describe() {
        return "WG_CMD_GET_DEVICE " + device;
    }
}
