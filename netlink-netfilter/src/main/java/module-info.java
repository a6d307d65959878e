/**
 * jnetlink netfilter: nftables over nfnetlink ({@code nft add table/chain/rule/set},
 * {@code nft list ruleset}, {@code nft monitor}), NAT helpers and connection tracking
 * ({@code conntrack -L/-D/-E}).
 *
 * <p>{@code io.jnetlink.netfilter.wire} (nfgenmsg, {@code NFT_MSG_*}, {@code NFTA_*}, {@code CTA_*}) is
 * not exported: wire constants are no part of the user-facing API.
 */
module io.jnetlink.netfilter {
    requires transitive io.jnetlink.core;

    exports io.jnetlink.netfilter;
    exports io.jnetlink.netfilter.conntrack;
    exports io.jnetlink.netfilter.conntrack.expect;
    exports io.jnetlink.netfilter.expr;
    exports io.jnetlink.netfilter.ipset;
    exports io.jnetlink.netfilter.object;
    exports io.jnetlink.netfilter.render;
}
