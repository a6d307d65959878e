/**
 * jnetlink netfilter: nftables over nfnetlink ({@code nft add table/chain/rule/set},
 * {@code nft list ruleset}, {@code nft monitor}), NAT helpers and connection tracking
 * ({@code conntrack -L/-D/-E}).
 */
module io.jnetlink.netfilter {
    requires transitive io.jnetlink.core;

    exports io.jnetlink.netfilter;
    exports io.jnetlink.netfilter.conntrack;
    exports io.jnetlink.netfilter.expr;
    exports io.jnetlink.netfilter.ipset;
}
