/** A jnetlink user on the module path: it reads the library's modules, nothing else. */
module io.jnetlink.consumer {
    requires io.jnetlink.route;
    requires io.jnetlink.netfilter;
    requires io.jnetlink.generic;
    requires io.jnetlink.diag;

    exports io.jnetlink.consumer;
}
