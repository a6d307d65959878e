package io.jnetlink.core.net;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Building a request from text ({@code Routes.add("172.16.0.1/32").via("10.0.0.2")}) parses its
 * addresses once per request: issue 17 found {@code String.split}, substrings and a stream per
 * address on that path. Parsing an IPv4 literal or prefix now allocates only its result (the
 * {@link InetAddress}, its holder and 4 bytes; the {@link IpPrefix}), measured with the JVM's
 * per-thread allocation counter.
 */
class AddressParsingAllocationTest {
    private static final int WARM_UP = 20_000;
    private static final int MEASURED = 10_000;
    /** An Inet4Address, its InetAddressHolder, the byte[4] it was made from and an IpPrefix: under 128 bytes. */
    private static final int RESULT_BYTES = 128;
    private static final String[] TEXTS = new String[256];

    static {
        for (int i = 0; i < TEXTS.length; i++) {
            TEXTS[i] = "172.16." + (255 - i) + "." + i + "/32";
        }
    }

    @Test
    void shouldParseAnIpv4PrefixAllocatingOnlyItsResult() {
        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += IpPrefix.parse(TEXTS[i & 0xFF], "destination").prefixLength();
        }
        long before = allocatedBytes();
        for (int i = 0; i < MEASURED; i++) {
            sink += IpPrefix.parse(TEXTS[i & 0xFF], "destination").prefixLength();
        }
        long perParse = (allocatedBytes() - before) / MEASURED;
        assertEquals(32L * (WARM_UP + MEASURED), sink);
        assertTrue(perParse <= RESULT_BYTES, perParse + " bytes allocated per IpPrefix.parse of an IPv4 /32");
    }

    @Test
    void shouldParseAnIpv4AddressAllocatingOnlyItsResult() {
        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += IpAddresses.parse("10.0.0." + 2, "gateway").hashCode() & 1;
        }
        String gateway = "10.0.0.2";
        long before = allocatedBytes();
        for (int i = 0; i < MEASURED; i++) {
            sink += IpAddresses.parse(gateway, "gateway").getAddress()[3];
        }
        long perParse = (allocatedBytes() - before) / MEASURED;
        assertTrue(sink > 0);
        assertTrue(perParse <= RESULT_BYTES, perParse + " bytes allocated per IpAddresses.parse of an IPv4 literal");
    }

    @Test
    void shouldTellWhetherHostBitsAreClearLikeNetwork() {
        for (String text : new String[] {"10.1.0.0/16", "10.1.0.1/16", "10.1.0.1/32", "0.0.0.0/0", "10.0.0.0/7",
                "fd00::/64", "fd00::1/64", "fd00::1/128", "::/0", "fd00::8000/113"}) {
            IpPrefix p = IpPrefix.parse(text, "destination");
            assertEquals(p.network().equals(p.address()), p.isNetwork(), text);
        }
    }

    private static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
