package io.jnetlink.netfilter;

import io.jnetlink.netfilter.expr.Verdict;

import java.util.Optional;

/**
 * An nftables chain, as {@code nft list chains} shows it. Base chains have a type, hook and
 * priority; regular chains (jump targets) have none.
 *
 * @param family   family of its table
 * @param table    table name
 * @param name     chain name
 * @param handle   the kernel's handle
 * @param type     {@code filter}/{@code nat}/{@code route}, null for a regular chain
 * @param hook     the hook, null for a regular chain (or an unknown hook number)
 * @param priority the priority (0 for a regular chain)
 * @param policy   the policy verdict of a base chain, null for a regular chain
 * @param device   the device of a netdev chain, else null
 * @param use      how many rules jump here
 */
public record NftChain(Family family, String table, String name, long handle, ChainType type, Hook hook, int priority,
                    Verdict policy, String device, int use) {
    /** {@return whether this is a base chain (attached to a hook)} */
    public boolean isBase() {
        return type != null;
    }

    /** {@return the device of a netdev chain} */
    public Optional<String> deviceName() {
        return Optional.ofNullable(device);
    }

    @Override
    public String toString() {
        return "chain " + family + " " + table + " " + name
                + (isBase() ? " { type " + type + " hook " + hook + " priority " + priority + "; policy " + policy + "; }" : "");
    }
}
