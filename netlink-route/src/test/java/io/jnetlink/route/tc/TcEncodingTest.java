package io.jnetlink.route.tc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.jnetlink.route.tc.TcVectors.assertEncodesLikeTc;

/**
 * Every request encodes to the bytes {@code tc} sent for the same command ({@link TcGolden}): htb
 * qdiscs and classes with tc's rate tables and 64-bit rates, fifos, ingress, clsact, pfifo_fast, tbf,
 * u32 key packing, and — covered only here, this kernel lacks them — netem, fq_codel, prio, sfq,
 * flower and matchall with gact, mirred and police actions.
 */
class TcEncodingTest {
    static List<TcGolden.Case> cases() {
        return TcGolden.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldEncodeLikeTc(TcGolden.Case c) {
        assertEncodesLikeTc(c.file(), c.request(), c.ifindex());
    }
}
