package io.jnetlink.netfilter;

import java.util.List;
import java.util.Optional;

/**
 * Everything {@code nft list ruleset} shows: tables, chains, rules (expressions decoded), sets
 * with their elements and named stateful objects.
 *
 * @param tables the tables
 * @param chains the chains
 * @param rules the rules
 * @param sets the sets with their elements
 * @param objects the named stateful objects ({@code nft list counters}, {@code quotas}, {@code limits}…)
 */
public record Ruleset(List<NftTable> tables, List<NftChain> chains, List<NftRule> rules, List<NftSet> sets,
                      List<NftObject> objects) {
    /**
     * The canonical constructor: keeps unmodifiable copies of the lists.
     *
     * @param tables the {@code tables} component
     * @param chains the {@code chains} component
     * @param rules the {@code rules} component
     * @param sets the {@code sets} component
     * @param objects the {@code objects} component
     */
    public Ruleset {
        tables = List.copyOf(tables);
        chains = List.copyOf(chains);
        rules = List.copyOf(rules);
        sets = List.copyOf(sets);
        objects = List.copyOf(objects);
    }

    /**
     * A ruleset without stateful objects.
     *
     * @param tables the tables
     * @param chains the chains
     * @param rules the rules
     * @param sets the sets with their elements
     */
    public Ruleset(List<NftTable> tables, List<NftChain> chains, List<NftRule> rules, List<NftSet> sets) {
        this(tables, chains, rules, sets, List.of());
    }

    /**
     * {@return a stateful object by family, table and name ({@code nft list counter FAMILY TABLE NAME})}
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param name the object name
     */
    public Optional<NftObject> object(Family family, String table, String name) {
        return objects.stream().filter(o -> o.family() == family && o.table().equals(table) && o.name().equals(name))
                .findFirst();
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
