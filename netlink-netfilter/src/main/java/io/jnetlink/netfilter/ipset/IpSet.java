package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;

/**
 * One set as {@code ipset list NAME} shows it: its header and (for {@link IpSets#list}) its members.
 * Absent numbers are -1.
 *
 * @param name       the set's name ({@code Name:})
 * @param typeName   the type ({@code Type: hash:ip}); see {@link #type()}
 * @param revision   the type revision ({@code Revision:})
 * @param family     {@code NFPROTO_IPV4} (2, {@code family inet}), {@code NFPROTO_IPV6} (10,
 *                   {@code family inet6}) or 0 for types without a family
 * @param hashSize   {@code hashsize N}, or -1
 * @param maxElem    {@code maxelem N}, or -1
 * @param bucketSize {@code bucketsize N}, or -1
 * @param initval    {@code initval 0x…} (the hash seed), or -1
 * @param timeout    the default timeout {@code timeout N}, or -1 without timeouts
 * @param counters   whether members have counters ({@code counters})
 * @param comment    whether members have comments ({@code comment})
 * @param portFrom   the first port of a {@code bitmap:port} range, or -1
 * @param portTo     the last port of a {@code bitmap:port} range, or -1
 * @param size       the {@code size N} of a {@code list:set}, or -1
 * @param references {@code References:}, or -1
 * @param memSize    {@code Size in memory:}, or -1
 * @param entryCount {@code Number of entries:}, or -1
 * @param entries    the members ({@code Members:}); empty for a header-only listing
 * @param unknown    header attributes this library does not model, kept as the kernel sent them
 */
public record IpSet(String name, String typeName, int revision, int family, long hashSize, long maxElem,
                    int bucketSize, long initval, long timeout, boolean counters, boolean comment,
                    int portFrom, int portTo, long size, long references, long memSize, long entryCount,
                    List<IpSetEntry> entries, List<RawAttribute> unknown) {
    /**
     * Copies the lists so the record stays immutable.
     *
     * @param name       the name
     * @param typeName   the type name
     * @param revision   the type revision
     * @param family     the family
     * @param hashSize   hashsize, or -1
     * @param maxElem    maxelem, or -1
     * @param bucketSize bucketsize, or -1
     * @param initval    initval, or -1
     * @param timeout    default timeout, or -1
     * @param counters   with counters
     * @param comment    with comments
     * @param portFrom   range start, or -1
     * @param portTo     range end, or -1
     * @param size       list:set size, or -1
     * @param references references, or -1
     * @param memSize    memory size, or -1
     * @param entryCount number of entries, or -1
     * @param entries    the members (null: none)
     * @param unknown    attributes kept raw (null: none)
     */
    public IpSet {
        entries = entries == null ? List.of() : List.copyOf(entries);
        unknown = unknown == null ? List.of() : List.copyOf(unknown);
    }

    /**
     * The type, when the library models it ({@code hash:ip}, {@code hash:net}, …). A set of another
     * type (e.g. {@code hash:ip,mac}, made by the {@code ipset} tool) still lists: its name is
     * {@link #typeName()} and this is empty, so a value read from the kernel never throws later.
     *
     * @return the type, or empty for a type the library does not model
     */
    public java.util.Optional<IpSetType> type() {
        return IpSetType.find(typeName);
    }

    /**
     * The same set with {@code entries} as its members (a streamed listing assembles records this way).
     *
     * @param members the members
     * @return a copy with those members
     */
    public IpSet withEntries(List<IpSetEntry> members) {
        return new IpSet(name, typeName, revision, family, hashSize, maxElem, bucketSize, initval, timeout, counters,
                comment, portFrom, portTo, size, references, memSize, entryCount, members, unknown);
    }
}
