package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.message.MessageFamilies;
import io.jnetlink.netfilter.wire.IpsetAttrs;

import java.util.List;

/**
 * IP sets over nfnetlink ({@code NFNL_SUBSYS_IPSET}), like the {@code ipset} tool: each method
 * returns a request that {@code apply()} sends, in the caller's namespace or the one given with
 * {@code in(…)}. Every request first agrees the protocol version with the kernel
 * ({@code IPSET_CMD_PROTOCOL}) as {@code ipset} does.
 *
 * <pre>{@code
 * IpSets.create("web", IpSetType.HASH_IP_PORT).timeout(300).counters().apply();
 * IpSets.add("web", IpSetEntry.ipPort("10.0.0.1", "tcp", 80)).apply();
 * boolean in = IpSets.test("web", IpSetEntry.ipPort("10.0.0.1", "tcp", 80)).apply();
 * }</pre>
 */
public final class IpSets {
    static {
        MessageFamilies.register(IpsetMessages.FAMILY);
    }

    private IpSets() {
    }

    /**
     * {@code ipset create NAME TYPE}: options are set on the returned request.
     *
     * @param name the new set's name, 1..31 bytes
     * @param type its type
     * @return a new request; {@code apply()} sends it
     * @throws IllegalArgumentException naming {@code name} or {@code type} when invalid
     */
    public static IpSetRequest create(String name, IpSetType type) {
        return new IpSetRequest(name, type);
    }

    /**
     * {@code ipset destroy NAME}.
     *
     * @param name the set
     * @return a new request; {@code apply()} sends it
     * @throws IllegalArgumentException naming {@code name} when invalid
     */
    public static IpSetCommandRequest destroy(String name) {
        return new IpSetCommandRequest(IpsetAttrs.IPSET_CMD_DESTROY, IpSetNames.check(name, "name"), null);
    }

    /**
     * {@code ipset destroy}: every set not in use.
     *
     * @return a new request; {@code apply()} sends it
     */
    public static IpSetCommandRequest destroyAll() {
        return new IpSetCommandRequest(IpsetAttrs.IPSET_CMD_DESTROY, null, null);
    }

    /**
     * {@code ipset flush NAME}: removes every member.
     *
     * @param name the set
     * @return a new request; {@code apply()} sends it
     * @throws IllegalArgumentException naming {@code name} when invalid
     */
    public static IpSetCommandRequest flush(String name) {
        return new IpSetCommandRequest(IpsetAttrs.IPSET_CMD_FLUSH, IpSetNames.check(name, "name"), null);
    }

    /**
     * {@code ipset flush}: empties every set.
     *
     * @return a new request; {@code apply()} sends it
     */
    public static IpSetCommandRequest flushAll() {
        return new IpSetCommandRequest(IpsetAttrs.IPSET_CMD_FLUSH, null, null);
    }

    /**
     * {@code ipset rename FROM TO}.
     *
     * @param from the set's name
     * @param to   its new name
     * @return a new request; {@code apply()} sends it
     * @throws IllegalArgumentException naming {@code from} or {@code to} when invalid
     */
    public static IpSetCommandRequest rename(String from, String to) {
        return new IpSetCommandRequest(IpsetAttrs.IPSET_CMD_RENAME, IpSetNames.check(from, "from"),
                IpSetNames.check(to, "to"));
    }

    /**
     * {@code ipset swap A B}: exchanges the contents of two sets of the same type.
     *
     * @param first  one set
     * @param second the other
     * @return a new request; {@code apply()} sends it
     * @throws IllegalArgumentException naming {@code first} or {@code second} when invalid
     */
    public static IpSetCommandRequest swap(String first, String second) {
        return new IpSetCommandRequest(IpsetAttrs.IPSET_CMD_SWAP, IpSetNames.check(first, "first"),
                IpSetNames.check(second, "second"));
    }

    /**
     * {@code ipset add NAME ELEMENT [timeout N] [packets N bytes N] [comment TEXT]}.
     *
     * @param name  the set
     * @param entry the element (its timeout, counters and comment are sent too)
     * @return a new request; {@code apply()} sends it
     * @throws IllegalArgumentException naming {@code name} or {@code entry} when invalid
     */
    public static IpSetEntryRequest<Void> add(String name, IpSetEntry entry) {
        return new IpSetEntryRequest<>(IpsetAttrs.IPSET_CMD_ADD, name, entry);
    }

    /**
     * {@code ipset del NAME ELEMENT}.
     *
     * @param name  the set
     * @param entry the element
     * @return a new request; {@code apply()} sends it
     * @throws IllegalArgumentException naming {@code name} or {@code entry} when invalid
     */
    public static IpSetEntryRequest<Void> delete(String name, IpSetEntry entry) {
        return new IpSetEntryRequest<>(IpsetAttrs.IPSET_CMD_DEL, name, entry);
    }

    /**
     * {@code ipset test NAME ELEMENT}: whether the element is in the set (the kernel's
     * {@code IPSET_ERR_EXIST} answer is {@code false}).
     *
     * @param name  the set
     * @param entry the element
     * @return a new request; {@code apply()} returns whether the element is in the set
     * @throws IllegalArgumentException naming {@code name} or {@code entry} when invalid
     */
    public static IpSetEntryRequest<Boolean> test(String name, IpSetEntry entry) {
        return new IpSetEntryRequest<>(IpsetAttrs.IPSET_CMD_TEST, name, entry);
    }

    /**
     * {@code ipset list}: every set with its members.
     *
     * @return a new request; {@code apply()} returns the sets, {@code stream(…)} streams them
     */
    public static IpSetListRequest list() {
        return new IpSetListRequest(IpsetAttrs.IPSET_CMD_LIST, null);
    }

    /**
     * {@code ipset list NAME}.
     *
     * @param name the set
     * @return a new request; {@code apply()} returns the one set, {@code stream(…)} streams it
     * @throws IllegalArgumentException naming {@code name} when invalid
     */
    public static IpSetListRequest list(String name) {
        return new IpSetListRequest(IpsetAttrs.IPSET_CMD_LIST, IpSetNames.check(name, "name"));
    }

    /**
     * {@code ipset list} in {@code namespace}, at once.
     *
     * @param namespace the network namespace (like {@code ip netns exec NS ipset list})
     * @return every set with its members
     */
    public static List<IpSet> list(NetNamespace namespace) {
        return list().in(namespace).apply();
    }

    /**
     * {@code ipset save}: the same sets and members through {@code IPSET_CMD_SAVE}; render them
     * with {@link IpSetSave#render(List)}.
     *
     * @return a new request; {@code apply()} returns the sets
     */
    public static IpSetListRequest save() {
        return new IpSetListRequest(IpsetAttrs.IPSET_CMD_SAVE, null);
    }

    /**
     * {@code ipset save NAME}.
     *
     * @param name the set
     * @return a new request; {@code apply()} returns the one set
     * @throws IllegalArgumentException naming {@code name} when invalid
     */
    public static IpSetListRequest save(String name) {
        return new IpSetListRequest(IpsetAttrs.IPSET_CMD_SAVE, IpSetNames.check(name, "name"));
    }
}
