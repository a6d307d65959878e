package io.jnetlink.diag;

import org.junit.jupiter.api.Test;

import java.nio.ByteOrder;
import java.util.HexFormat;

import static io.jnetlink.diag.SocketFilter.dport;
import static io.jnetlink.diag.SocketFilter.dst;
import static io.jnetlink.diag.SocketFilter.sport;
import static io.jnetlink.diag.SocketFilter.src;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The bytecode of each filter equals the {@code INET_DIAG_REQ_BYTECODE} value iproute2's ss 6.1
 * sent for the same expression, captured with
 * {@code strace -e trace=sendmsg -s 4096 -xx ss -tan EXPR} (x86_64, little-endian).
 */
class FilterCompilerTest {
    private static void assertCompiles(String ssExpression, String capturedHex, SocketFilter filter) {
        assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN, "vectors captured on a little-endian host");
        assertEquals(capturedHex.replace(" ", ""), HexFormat.of().formatHex(filter.bytecode()), ssExpression);
        assertEquals(ssExpression, filter.toString());
    }

    @Test
    void shouldCompileSportEqualAsAHostConditionWithAnyAddressLikeSs() {
        // S_COND yes=16 no=20 | hostcond family=0 prefix=0 port=80 | addr 0.0.0.0
        assertCompiles("sport = :80", "07101400 00000000 50000000 00000000", sport(80));
    }

    @Test
    void shouldCompilePortRangesAsComparisonOps() {
        // S_GE yes=8 no=12 | {0, 0, port=80}
        assertCompiles("sport >= :80", "02080c00 00005000", sport(SocketFilter.Comparison.GE, 80));
        // D_LE yes=8 no=12 | {0, 0, port=90}
        assertCompiles("dport <= :90", "05080c00 00005a00", dport(SocketFilter.Comparison.LE, 90));
    }

    @Test
    void shouldCompileStrictComparisonsAsNegationsLikeSs() {
        // sport > :80 is "not sport <= :80": S_LE, then JMP yes=4 no=8 (reject)
        assertCompiles("sport > :80", "03080c00 00005000 01040800", sport(SocketFilter.Comparison.GT, 80));
        // sport != :80 is "not sport = :80"
        assertCompiles("sport != :80", "07101400 00000000 50000000 00000000 01040800",
                sport(SocketFilter.Comparison.NE, 80));
    }

    @Test
    void shouldCompileAddressPrefixesWithAnyPort() {
        // S_COND | family=AF_INET prefix=8 port=-1 | 127.0.0.0
        assertCompiles("src 127.0.0.0/8", "07101400 02080000 ffffffff 7f000000", src("127.0.0.0/8"));
        // D_COND yes=28 no=32 | family=AF_INET6 prefix=128 port=-1 | ::1
        assertCompiles("dst [::1]", "081c2000 0a800000 ffffffff 00000000000000000000000000000001", dst("::1"));
        // S_COND | family=AF_INET prefix=32 port=80 | 127.0.0.1
        assertCompiles("src 127.0.0.1:80", "07101400 02200000 50000000 7f000001", src("127.0.0.1", 80));
    }

    @Test
    void shouldRelocateTheLeftRejectJumpsOfAnAnd() {
        // ss: sport = :80 and not dport = :80 -> S_COND no=40 (moved from 20 past the right side), D_COND, JMP
        assertCompiles("( sport = :80 and not dport = :80 )",
                "07102800 00000000 50000000 00000000 08101400 00000000 50000000 00000000 01040800",
                sport(80).and(dport(80).not()));
    }

    @Test
    void shouldJumpOverTheRightSideOfAnOrWhenTheLeftAccepts() {
        // ss: sport = :80 or dport = :80 -> S_COND, JMP no=20 (past D_COND), D_COND
        assertCompiles("( sport = :80 or dport = :80 )",
                "07101400 00000000 50000000 00000000 01041400 08101400 00000000 50000000 00000000",
                sport(80).or(dport(80)));
        // ss parses "a or b or c" as "(a or b) or c"
        assertCompiles("( ( sport = :80 or dport = :80 ) or src 10.0.0.0/8 )",
                "07101400 00000000 50000000 00000000 01041400 08101400 00000000 50000000 00000000"
                        + "01041400 07101400 02080000 ffffffff 0a000000",
                sport(80).or(dport(80)).or(src("10.0.0.0/8")));
    }
}
