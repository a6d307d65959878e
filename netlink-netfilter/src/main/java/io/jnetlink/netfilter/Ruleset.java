package io.jnetlink.netfilter;

import java.util.List;
import java.util.Optional;

/**
 * Everything {@code nft list ruleset} shows: tables, chains, rules (expressions decoded) and sets
 * with their elements.
 */
public record Ruleset(List<NftTable> tables, List<NftChain> chains, List<NftRule> rules, List<NftSet> sets) {
    /**
     * The canonical constructor: keeps unmodifiable copies of the lists.
     *
     * @param tables the {@code tables} component
     * @param chains the {@code chains} component
     * @param rules the {@code rules} component
     * @param sets the {@code sets} component
     */
    public Ruleset {
        tables = List.copyOf(tables);
        chains = List.copyOf(chains);
        rules = List.copyOf(rules);
        sets = List.copyOf(sets);
    }

    /**
     * {@return the rules of one chain, in order}
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param chain the chain name
     */
    public List<NftRule> rules(Family family, String table, String chain) {
        return rules.stream().filter(r -> r.family() == family && r.table().equals(table) && r.chain().equals(chain)).toList();
    }

    /**
     * {@return a table by family and name}
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param name the table name
     */
    public Optional<NftTable> table(Family family, String name) {
        return tables.stream().filter(t -> t.family() == family && t.name().equals(name)).findFirst();
    }

    /**
     * {@return a chain by family, table and name}
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param name the chain name
     */
    public Optional<NftChain> chain(Family family, String table, String name) {
        return chains.stream().filter(c -> c.family() == family && c.table().equals(table) && c.name().equals(name))
                .findFirst();
    }

    /**
     * {@return a set by family, table and name}
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param name the set name
     */
    public Optional<NftSet> set(Family family, String table, String name) {
        return sets.stream().filter(s -> s.family() == family && s.table().equals(table) && s.name().equals(name))
                .findFirst();
    }
}
