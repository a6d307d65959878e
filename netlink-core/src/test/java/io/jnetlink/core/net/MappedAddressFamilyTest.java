package io.jnetlink.core.net;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.Inet6Address;
import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** An IPv4-mapped IPv6 literal ({@code ::ffff:a.b.c.d}) stays IPv6, as {@code ip -6} and {@code nft} treat it. */
class MappedAddressFamilyTest {
    private static final byte[] MAPPED = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, 9, 8, 7};

    @Test
    void shouldKeepMappedLiteralIpv6() {
        InetAddress a = IpAddresses.parse("::ffff:10.9.8.7", "address");
        assertInstanceOf(Inet6Address.class, a);
        assertEquals(IpAddresses.AF_INET6, IpAddresses.family(a));
        assertEquals(128, IpAddresses.bits(a));
        assertArrayEquals(MAPPED, a.getAddress());
    }

    @Test
    void shouldParseMappedPrefixesAsIpv6() {
        IpPrefix all = IpPrefix.parse("::ffff:0:0/96", "rule source");
        assertEquals(IpAddresses.AF_INET6, all.family());
        assertEquals(96, all.prefixLength());
        IpPrefix host = IpPrefix.parse("::ffff:10.9.8.7/128", "address");
        assertEquals(IpAddresses.AF_INET6, host.family());
        IpPrefix bare = IpPrefix.parse("::ffff:10.1.0.0", "destination");
        assertEquals(128, bare.prefixLength());
        IpPrefix net = IpPrefix.parse("::ffff:10.1.2.3/112", "destination");
        assertInstanceOf(Inet6Address.class, net.network());
        assertEquals("::ffff:10.1.0.0", IpAddresses.format(net.network()));
    }

    @ParameterizedTest
    @CsvSource({
            "::ffff:10.9.8.7, ::ffff:10.9.8.7",
            "::ffff:0:0, ::ffff:0.0.0.0",
            "::ffff:a01:203, ::ffff:10.1.2.3",
            "::1.2.3.4, ::1.2.3.4",
            "::1, ::1",
            "::2, ::2",
            "1::ffff:1.2.3.4, 1::ffff:102:304",
    })
    void shouldPrintMappedAddressesAsInetNtopDoes(String in, String expected) {
        assertEquals(expected, IpAddresses.format(IpAddresses.parse(in, "address")));
    }

    @Test
    void shouldReadAndWriteMappedAddressAsSixteenBytes() {
        MessageWriter w = new MessageWriter(256);
        int start = w.beginMessage(16, 0);
        w.putAttrAddress(1, IpAddresses.parse("::ffff:10.9.8.7", "a"));
        w.endMessage(start);
        AttributeReader r = new AttributeReader().wrap(w.buffer(), start + 16, w.position() - start - 16);
        r.next();
        assertEquals(16, r.valueLength());
        InetAddress back = r.inetAddress();
        assertInstanceOf(Inet6Address.class, back);
        assertArrayEquals(MAPPED, back.getAddress());
        assertInstanceOf(Inet6Address.class, IpAddresses.of(MAPPED));
    }
}
