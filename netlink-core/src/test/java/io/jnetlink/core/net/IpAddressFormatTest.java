package io.jnetlink.core.net;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IpAddressFormatTest {
    @ParameterizedTest
    @CsvSource({
            "192.168.15.1, 192.168.15.1",
            "fd00:0:0:0:0:0:0:1, fd00::1",
            "0:0:0:0:0:0:0:0, ::",
            "fe80:0:0:0:5042:b4ff:fe2b:8252, fe80::5042:b4ff:fe2b:8252",
            "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
            "FD00:ABCD:0:0:0:0:0:0, fd00:abcd::",
    })
    void shouldPrintAddressesTheWayIpDoes(String in, String expected) {
        assertEquals(expected, IpAddresses.format(IpAddresses.parse(in, "address")));
    }

    @ParameterizedTest
    @CsvSource({"fd00::1/64, fd00::1/64", "192.168.15.1/24, 192.168.15.1/24", "10.0.0.1, 10.0.0.1/32"})
    void shouldPrintPrefixesCompressed(String in, String expected) {
        assertEquals(expected, IpPrefix.parse(in, "prefix").toString());
    }
}
