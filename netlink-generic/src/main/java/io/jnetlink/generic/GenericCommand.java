package io.jnetlink.generic;

import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Any command of any generic netlink family, with raw attributes: the escape hatch for families
 * this library does not model (like {@code genl} sending a command by number). The family is
 * resolved by name; {@code apply()} returns every reply message before the ACK (or every message
 * of the dump), decoded raw.
 *
 * <pre>{@code
 * // netdev: NETDEV_CMD_DEV_GET as a dump, one message per device
 * List<GenericMessage> devices = GenericFamilies.command("netdev", 1).dump().in(ns).apply();
 * }</pre>
 */
public final class GenericCommand extends GenericRequest<GenericCommand, List<GenericMessage>> {
    private final String family;
    private final int command;
    private int version = -1;
    private boolean dump;

    GenericCommand(String family, int command) {
        GenericFamilies.checkName(family);
        if (command < 0 || command > 255) {
            throw new IllegalArgumentException("command must be 0..255: " + command);
        }
        this.family = family;
        this.command = command;
    }

    /**
     * The version to send; default: the family's as nlctrl reports it.
     *
     * @param version 0..255
     * @return this command
     * @throws IllegalArgumentException outside 0..255
     */
    public GenericCommand version(int version) {
        if (version < 0 || version > 255) {
            throw new IllegalArgumentException("version must be 0..255: " + version);
        }
        this.version = version;
        return this;
    }

    /**
     * Sends it as a dump ({@code NLM_F_DUMP}).
     *
     * @return this command
     */
    public GenericCommand dump() {
        this.dump = true;
        return this;
    }

    /**
     * Adds a string attribute (NUL-terminated, as netlink strings are).
     *
     * @param type the attribute type
     * @param value the string
     * @return this command
     * @throws IllegalArgumentException if the type is outside 0..16383 or the value null
     */
    public GenericCommand attribute(int type, String value) {
        if (type < 0 || type > 0x3FFF || value == null) {
            throw new IllegalArgumentException("string attribute needs a type 0..16383 and a value: " + type);
        }
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        byte[] z = new byte[b.length + 1];
        System.arraycopy(b, 0, z, 0, b.length);
        return attribute(new RawAttribute(type, z));
    }

    @Override
    protected String familyName() {
        return family;
    }

    @Override
    protected List<GenericMessage> exchange(NetlinkConnection connection, GenericFamily resolved) {
        GenericMessageView view = new GenericMessageView();
        List<GenericMessage> out = new ArrayList<>();
        MessageHandler collect = new MessageHandler() {
            @Override
            public boolean onMessage(MessageReader m) {
                if (m.type() == resolved.id()) {
                    out.add(view.wrap(m, resolved.headerSize()).toGenericMessage());
                }
                return true;
            }

            @Override
            public void onRestart() {
                out.clear();
            }
        };
        if (dump) {
            connection.dump(describe(), w -> encode(w, resolved), collect);
        } else {
            connection.request(describe(), w -> encode(w, resolved), collect);
        }
        return List.copyOf(out);
    }

    @Override
    public void encode(MessageWriter w, GenericFamily resolved) {
        int start = GenericNetlink.begin(w, resolved.id(), command, version >= 0 ? version : resolved.version(), 0);
        if (resolved.headerSize() > 0) {
            w.reserve(resolved.headerSize());
        }
        writeExtraAttributes(w);
        w.endMessage(start);
    }

    @Override
    public String describe() {
        return "GENL " + family + " command " + command + (dump ? " (dump)" : "");
    }
}
