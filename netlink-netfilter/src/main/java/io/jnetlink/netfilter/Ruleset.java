package io.jnetlink.netfilter;

import java.util.List;
import java.util.Optional;

/**
 * Everything {@code nft list ruleset} shows: tables, chains, rules (expressions decoded) and sets
 * with their elements.
 */
public record Ruleset(List<Table> tables, List<Chain> chains, List<Rule> rules, List<NftSet> sets) {
    public Ruleset {
        tables = List.copyOf(tables);
        chains = List.copyOf(chains);
        rules = List.copyOf(rules);
        sets = List.copyOf(sets);
    }

    /** The rules of one chain, in order. */
    public List<Rule> rules(Family family, String table, String chain) {
        return rules.stream().filter(r -> r.family() == family && r.table().equals(table) && r.chain().equals(chain)).toList();
    }

    /** A table by family and name. */
    public Optional<Table> table(Family family, String name) {
        return tables.stream().filter(t -> t.family() == family && t.name().equals(name)).findFirst();
    }

    /** A chain by family, table and name. */
    public Optional<Chain> chain(Family family, String table, String name) {
        return chains.stream().filter(c -> c.family() == family && c.table().equals(table) && c.name().equals(name))
                .findFirst();
    }

    /** A set by family, table and name. */
    public Optional<NftSet> set(Family family, String table, String name) {
        return sets.stream().filter(s -> s.family() == family && s.table().equals(table) && s.name().equals(name))
                .findFirst();
    }
}
