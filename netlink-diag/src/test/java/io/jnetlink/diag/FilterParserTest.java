package io.jnetlink.diag;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jnetlink.diag.SocketFilter.Comparison.GE;
import static io.jnetlink.diag.SocketFilter.Comparison.GT;
import static io.jnetlink.diag.SocketFilter.Comparison.LE;
import static io.jnetlink.diag.SocketFilter.Comparison.LT;
import static io.jnetlink.diag.SocketFilter.Comparison.NE;
import static io.jnetlink.diag.SocketFilter.dport;
import static io.jnetlink.diag.SocketFilter.dst;
import static io.jnetlink.diag.SocketFilter.parse;
import static io.jnetlink.diag.SocketFilter.sport;
import static io.jnetlink.diag.SocketFilter.src;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link SocketFilter#parse}: ss's expression syntax into the same filters (and so the same bytecode). */
class FilterParserTest {
    @Test
    void shouldReadBackEveryFilterFromItsOwnSsText() {
        List<SocketFilter> filters = List.of(sport(8080), dport(8080), sport(GE, 8443), dport(LE, 8080), sport(GT, 8080),
                sport(LT, 8443), sport(NE, 8080), src("10.7.0.2"), dst("10.7.0.0/24"), dst("fd07::1"), src("fd07::/64", 8443),
                src("10.7.0.2", 8080), sport(8080).or(dport(8443)).and(dst("10.7.0.1").not()),
                sport(8080).or(sport(8443)).or(sport(9000)), SocketFilter.mark(1, 0xFF), SocketFilter.dev(3));
        for (SocketFilter f : filters) {
            assertEquals(f, parse(f.toString()), f.toString());
        }
    }

    @Test
    void shouldReadSsSpellingsWithSsPrecedence() {
        assertEquals(sport(80), parse("sport == 80"));
        assertEquals(sport(GE, 1024), parse("sport ge :1024"));
        // and binds tighter than or; juxtaposition is and; both associate to the left, as in ss
        assertEquals(sport(1).or(sport(2).and(dport(3))), parse("sport = :1 or sport = :2 dport = :3"));
        assertEquals(sport(1).and(sport(2)).and(sport(3)), parse("sport = :1 && sport = :2 and sport = :3"));
        assertEquals(sport(1).or(dport(2)).not(), parse("!(sport = :1 || dport = :2)"));
        assertEquals(dst("10.0.0.0/8"), parse("dst = 10.0.0.0/8"));
        assertEquals(SocketFilter.mark(0x10, 0xFFFFFFFFL), parse("fwmark = 0x10"));
        // the golden expressions of FilterCompilerTest compile to ss's bytes
        assertArrayEquals(sport(80).and(dport(80).not()).bytecode(), parse("sport = :80 and not dport = :80").bytecode());
        assertArrayEquals(src("127.0.0.1", 80).bytecode(), parse("src 127.0.0.1:80").bytecode());
        assertArrayEquals(dst("::1").bytecode(), parse("dst [::1]").bytecode());
    }

    @Test
    void shouldRefuseBadExpressionsNamingThem() {
        for (String bad : List.of("", "sport", "sport = ", "sport ~ :80", "sport = :70000", "sport = :http", "src 10.0.0.300",
                "dst fd00::1:80", "dst [fd00::1", "( sport = :1", "sport = :1 )", "cookie = 1", "fwmark = 0x1/zz", "dev = -1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(bad), bad);
            assertTrue(e.getMessage().startsWith("expression "), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> parse(null));
    }

    /** Any text: a filter whose ss text reads back equal, or an IllegalArgumentException, nothing else. */
    @Property(tries = 2000)
    void shouldParseOrRefuseAnyText(@ForAll("expressions") String text) {
        SocketFilter f;
        try {
            f = parse(text);
        } catch (IllegalArgumentException refused) {
            return;
        }
        assertEquals(f, parse(f.toString()), text);
        f.bytecode();
    }

    @Provide
    Arbitrary<String> expressions() {
        Arbitrary<String> words = Arbitraries.of("sport", "dport", "src", "dst", "fwmark", "dev", "=", "!=", ">=", "<", ">",
                "and", "or", "not", "!", "(", ")", ":80", "0", ":65535", "10.0.0.0/8", "[::1]", "[fd00::/64]:443",
                "1.2.3.4:5", "0x1/0xff", "7", "&&", "||", "[", "::", "/", ":");
        return words.list().ofMaxSize(12).map(l -> String.join(" ", l));
    }
}
