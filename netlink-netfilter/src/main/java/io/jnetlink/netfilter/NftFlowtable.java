package io.jnetlink.netfilter;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.netfilter.wire.NftAttrs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A flowtable (software fast path for established flows), as {@code nft list flowtables} shows
 * it: {@code flowtable f1 { hook ingress priority 0; devices = { eth0 }; }}. Kernels without
 * {@code nf_flow_table} refuse to create one with ENOENT.
 *
 * @param family family of its table
 * @param table table name
 * @param name flowtable name
 * @param handle the kernel's handle
 * @param use how many rules offload to it
 * @param hook {@code NFTA_FLOWTABLE_HOOK_NUM} (0: {@code NF_NETDEV_INGRESS})
 * @param priority {@code NFTA_FLOWTABLE_HOOK_PRIORITY}
 * @param devices {@code NFTA_FLOWTABLE_HOOK_DEVS}
 * @param flags {@code NFTA_FLOWTABLE_FLAGS}: {@code NFT_FLOWTABLE_HW_OFFLOAD} 1, {@code NFT_FLOWTABLE_COUNTER} 2
 * @param otherAttributes the attributes this version does not model, kept as they came
 */
public record NftFlowtable(Family family, String table, String name, long handle, int use, int hook, int priority,
                           List<String> devices, int flags, List<RawAttribute> otherAttributes) {
    /**
     * The canonical constructor: keeps unmodifiable copies of the lists.
     *
     * @param family family of its table
     * @param table table name
     * @param name flowtable name
     * @param handle the kernel's handle
     * @param use how many rules offload to it
     * @param hook the hook number
     * @param priority the hook priority
     * @param devices the devices
     * @param flags the {@code NFT_FLOWTABLE_*} flags
     * @param otherAttributes the attributes this version does not model
     */
    public NftFlowtable {
        devices = List.copyOf(devices);
        otherAttributes = List.copyOf(otherAttributes);
    }

    /**
     * {@return an {@code NFT_MSG_NEWFLOWTABLE}}
     *
     * @param m the message, positioned at its header
     * @throws io.jnetlink.core.NetlinkDecodeException when malformed
     */
    public static NftFlowtable decode(MessageReader m) {
        Family family = NftMessages.family(m);
        AttributeReader a = NftMessages.attrs(m);
        String table = null, name = null;
        int use = 0, hook = 0, priority = 0, flags = 0;
        long handle = 0;
        List<String> devices = new ArrayList<>();
        List<RawAttribute> others = new ArrayList<>();
        while (a.next()) {
            switch (a.type()) {
                case NftAttrs.NFTA_FLOWTABLE_TABLE -> table = KernelNames.read(a);
                case NftAttrs.NFTA_FLOWTABLE_NAME -> name = KernelNames.read(a);
                case NftAttrs.NFTA_FLOWTABLE_USE -> use = a.u32Be();
                case NftAttrs.NFTA_FLOWTABLE_HANDLE -> handle = a.u64Be();
                case NftAttrs.NFTA_FLOWTABLE_FLAGS -> flags = a.u32Be();
                case NftAttrs.NFTA_FLOWTABLE_HOOK -> {
                    AttributeReader h = a.nested(new AttributeReader());
                    while (h.next()) {
                        switch (h.type()) {
                            case NftAttrs.NFTA_FLOWTABLE_HOOK_NUM -> hook = h.u32Be();
                            case NftAttrs.NFTA_FLOWTABLE_HOOK_PRIORITY -> priority = h.u32Be();
                            case NftAttrs.NFTA_FLOWTABLE_HOOK_DEVS -> {
                                AttributeReader d = h.nested(new AttributeReader());
                                while (d.next()) {
                                    devices.add(d.string());
                                }
                            }
                            default -> {
                                // newer hook attributes: the hook is described by the ones above
                            }
                        }
                    }
                }
                default -> others.add(RawAttribute.copyOf(a));
            }
        }
        if (table == null) {
            throw NftMessages.missing(m, "NFTA_FLOWTABLE_TABLE");
        }
        if (name == null) {
            throw NftMessages.missing(m, "NFTA_FLOWTABLE_NAME");
        }
        return new NftFlowtable(family, table, name, handle, use, hook, priority, devices, flags, others);
    }

    // ---- requests: the operations a Transaction adds

    /** {@code nft add flowtable FAMILY TABLE NAME { hook ingress priority P; devices = { … }; }}. */
    static Operation add(Family family, String table, String name, int priority, List<String> devices) {
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(name, "flowtable");
        if (devices == null || devices.isEmpty()) {
            throw new IllegalArgumentException("devices must name at least one device");
        }
        List<String> devs = List.copyOf(devices);
        for (String d : devs) {
            if (d.isEmpty() || d.length() > 15) {
                throw new IllegalArgumentException("devices: a device name must be 1..15 characters: " + d);
            }
        }
        return Operation.of(NftAttrs.NFT_MSG_NEWFLOWTABLE, Netlink.NLM_F_CREATE, family.value(),
                "add flowtable " + family + " " + table + " " + name, w -> {
                    KernelNames.put(w, NftAttrs.NFTA_FLOWTABLE_TABLE, table);
                    KernelNames.put(w, NftAttrs.NFTA_FLOWTABLE_NAME, name);
                    int hook = w.beginNested(NftAttrs.NFTA_FLOWTABLE_HOOK);
                    w.putAttrU32Be(NftAttrs.NFTA_FLOWTABLE_HOOK_NUM, 0); // NF_NETDEV_INGRESS
                    w.putAttrU32Be(NftAttrs.NFTA_FLOWTABLE_HOOK_PRIORITY, priority);
                    int list = w.beginNested(NftAttrs.NFTA_FLOWTABLE_HOOK_DEVS);
                    for (String d : devs) {
                        w.putAttrString(NftAttrs.NFTA_DEVICE_NAME, d);
                    }
                    w.endNested(list);
                    w.endNested(hook);
                    w.putAttrU32Be(NftAttrs.NFTA_FLOWTABLE_FLAGS, 0);
                });
    }

    /** {@code nft delete flowtable FAMILY TABLE NAME}. */
    static Operation delete(Family family, String table, String name) {
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(name, "flowtable");
        return Operation.of(NftAttrs.NFT_MSG_DELFLOWTABLE, 0, family.value(), "delete flowtable " + family + " " + table + " " + name,
                w -> {
                    KernelNames.put(w, NftAttrs.NFTA_FLOWTABLE_TABLE, table);
                    KernelNames.put(w, NftAttrs.NFTA_FLOWTABLE_NAME, name);
                });
    }

}
