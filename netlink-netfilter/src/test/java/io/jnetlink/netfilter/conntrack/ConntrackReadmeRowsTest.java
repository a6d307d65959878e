package io.jnetlink.netfilter.conntrack;

import io.jnetlink.netfilter.CtStatus;
import io.jnetlink.netfilter.conntrack.expect.ExpectationEvents;
import io.jnetlink.netfilter.conntrack.expect.Expectations;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every builder chain of the README's conntrack rows builds as written (nothing is sent). */
class ConntrackReadmeRowsTest {
    @Test
    void everyConntrackRowBuilds() throws Exception {
        InetAddress a = InetAddress.getByName("10.0.0.1");
        InetAddress b = InetAddress.getByName("10.0.0.2");
        ConntrackTuple tuple = new ConntrackTuple(6, a, b, 1000, 80);
        ConntrackTuple natReply = new ConntrackTuple(6, b, a, 80, 1000);
        assertNotNull(Conntrack.show().where(ConntrackFilter.all().mark(7, 0xff).zone(3).status(EnumSet.of(CtStatus.ASSURED))));
        assertNotNull(Conntrack.show().family(2).where(ConntrackFilter.all().protocol(6).destinationPort(80)));
        assertNotNull(Conntrack.create(tuple).tcpState("ESTABLISHED").timeout(120).mark(7).zone(3)
                .status(EnumSet.of(CtStatus.ASSURED)));
        assertNotNull(Conntrack.create(tuple).reply(natReply).sourceNat(a, -1).destinationNat(b, -1).label(3).helper("ftp"));
        assertNotNull(Conntrack.update(tuple).mark(9));
        assertNotNull(Conntrack.delete(ConntrackFilter.all().mark(1, 1).zone(5)));
        assertNotNull(Conntrack.get(tuple).zone(3));
        assertNotNull(Conntrack.delete(tuple).zone(3));
        assertNotNull(Conntrack.stats());
        assertNotNull(ConntrackEvents.subscribe().where(ConntrackFilter.all().zone(5).mark(1, 1)));
        assertNotNull(Expectations.show());
        assertNotNull(Expectations.get(tuple));
        assertNotNull(Expectations.create(tuple, natReply, tuple).timeout(100));
        assertNotNull(Expectations.delete(tuple));
        assertNotNull(Expectations.flush());
        assertNotNull(ExpectationEvents.subscribe());
    }
}
