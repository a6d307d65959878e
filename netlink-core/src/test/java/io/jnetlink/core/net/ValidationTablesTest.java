package io.jnetlink.core.net;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidationTablesTest {
    @ParameterizedTest
    @CsvSource({
            "192.168.15.1, 192.168.15.1",
            "0.0.0.0, 0.0.0.0",
            "255.255.255.255, 255.255.255.255",
            "::, 0:0:0:0:0:0:0:0",
            "::1, 0:0:0:0:0:0:0:1",
            "fd00::1, fd00:0:0:0:0:0:0:1",
            "FE80::A:b, fe80:0:0:0:0:0:a:b",
            "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8",
            "1::8, 1:0:0:0:0:0:0:8",
            // "::ffff:1.2.3.4": the JDK makes it IPv4, this library keeps it IPv6 (MappedAddressFamilyTest)
            "64:ff9b::192.0.2.33, 64:ff9b:0:0:0:0:c000:221",
    })
    void shouldParseValidAddressLiterals(String text, String expected) throws Exception {
        InetAddress a = IpAddresses.parse(text, "gateway");
        assertEquals(expected, a.getHostAddress());
        assertEquals(InetAddress.getByName(text), a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.15.300", "192.168.15", "192.168.15.1.2", "192.168..1", "1.2.3.-4", "01.2.3.4",
            "1.2.3.4 ", " 1.2.3.4", "localhost", "example.com", "1:2:3:4:5:6:7:8:9", "1::2::3", ":1::", "1:2:3:4:5:6:7:8::",
            "12345::", "fe80::1%eth0", "g::1", "::1.2.3", "1.2.3.4::", "١.٢.٣.٤", "fe８0::1", "", ":::"})
    void shouldRejectEverythingElseNamingTheArgument(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpAddresses.parse(text, "gateway"));
        assertTrue(e.getMessage().startsWith("gateway "), e.getMessage());
    }

    @Test
    void shouldRejectNull() {
        assertThrows(IllegalArgumentException.class, () -> IpAddresses.parse(null, "gateway"));
        assertThrows(IllegalArgumentException.class, () -> IpPrefix.parse(null, "address"));
        assertThrows(IllegalArgumentException.class, () -> MacAddress.parse(null, "mac"));
        assertThrows(IllegalArgumentException.class, () -> InterfaceNames.check(null, "name"));
    }

    @ParameterizedTest
    @CsvSource({
            "192.168.15.1/24, 192.168.15.1/24, 192.168.15.0, 2",
            "10.0.0.1, 10.0.0.1/32, 10.0.0.1, 2",
            "0.0.0.0/0, 0.0.0.0/0, 0.0.0.0, 2",
            "fd00::1/64, fd00::1/64, fd00:0:0:0:0:0:0:0, 10",
            "::/0, ::/0, 0:0:0:0:0:0:0:0, 10",
            "fd00::ff/128, fd00::ff/128, fd00:0:0:0:0:0:0:ff, 10",
    })
    void shouldParsePrefixes(String text, String canonical, String network, int family) {
        IpPrefix p = IpPrefix.parse(text, "address");
        assertEquals(canonical, p.toString());
        assertEquals(network, p.network().getHostAddress());
        assertEquals(family, p.family());
        assertTrue(p.contains(p.address()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/33", "/24", "10.0.0.1/33", "10.0.0.1/", "10.0.0.1/-1", "10.0.0.1/+8", "10.0.0.1/8/8",
            "fd00::/129", "fd00::/1000", "10.0.0.1/a", "192.168.15.300/24", "10.0.0.1/2 4"})
    void shouldRejectBadPrefixes(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpPrefix.parse(text, "address"));
        assertTrue(e.getMessage().startsWith("address "), e.getMessage());
    }

    @Test
    void shouldTellWhetherAPrefixContainsAnAddress() {
        IpPrefix p = IpPrefix.parse("192.168.15.0/24", "p");
        assertTrue(p.contains(IpAddresses.parse("192.168.15.254", "a")));
        assertFalse(p.contains(IpAddresses.parse("192.168.16.1", "a")));
        assertFalse(p.contains(IpAddresses.parse("::1", "a")));
        assertThrows(IllegalArgumentException.class, () -> new IpPrefix(IpAddresses.parse("10.0.0.1", "a"), 33));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lo", "veth-red", "br0", "a", "eth0.100", "123456789012345", "wg_0", "x@y",
            "a\u2003b", "a\u0085b"}) // the kernel's isspace knows bytes 0x09-0x0d, 0x20, 0xa0 only
    void shouldAcceptValidInterfaceNames(String name) {
        assertEquals(name, InterfaceNames.check(name, "peer name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "../escape", "a/b", "a:b", "a b", "a\tb", "a\nb", "a\0b",
            "1234567890123456", "ééééééééé", "a\u000bb", "a\u000cb", "a\rb",
            "a\u00a0b", "à", // UTF-8 C2 A0 and C3 A0: byte 0xa0 is a space to the kernel's isspace (bare EINVAL)
            "x%d", "%", "a%b"}) // the kernel expands %d (x%d becomes x0) or refuses; no device is named with %
    void shouldRejectBadInterfaceNamesNamingTheArgument(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InterfaceNames.check(name, "peer name"));
        assertTrue(e.getMessage().startsWith("peer name "), e.getMessage());
    }

    @Test
    void shouldParseAndFormatMacAddresses() {
        byte[] mac = MacAddress.parse("02:Aa:bB:00:ff:10", "mac");
        assertArrayEquals(new byte[]{2, (byte) 0xAA, (byte) 0xBB, 0, (byte) 0xFF, 0x10}, mac);
        assertEquals("02:aa:bb:00:ff:10", MacAddress.format(mac));
        assertEquals("", MacAddress.format(new byte[0]));
        assertEquals("00:01:02:03:04:05:06:07", MacAddress.format(new byte[]{0, 1, 2, 3, 4, 5, 6, 7}));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "02:00:00:00:00", "02:00:00:00:00:00:00", "2:00:00:00:00:00", "002:00:00:00:00:00",
            "02-00-00-00-00-00", "0g:00:00:00:00:00", "02:00:00:00:00:0１", "02:00:00:00:00:٠٠", "02:00:00:00:00:"})
    void shouldRejectBadMacAddresses(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MacAddress.parse(text, "mac"));
        assertTrue(e.getMessage().startsWith("mac "), e.getMessage());
    }
}
