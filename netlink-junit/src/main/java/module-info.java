/**
 * jnetlink JUnit 5 extension: {@code @NetnsTest} and {@code @NetTopology} give each test fresh
 * anonymous network namespaces (like {@code unshare -n} / {@code ip netns add}) that are torn down
 * afterwards.
 */
module io.jnetlink.junit {
    requires transitive io.jnetlink.route;
    requires transitive io.jnetlink.diag;
    requires transitive org.junit.jupiter.api;

    exports io.jnetlink.junit;
}
