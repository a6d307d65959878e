package io.jnetlink.netfilter;

import io.jnetlink.core.message.MessageWriter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Issue #12: what a transaction sends is fixed when an operation is added; later changes by the caller do not reach it. */
class TransactionImmutabilityTest {
    private static byte[] encode(Transaction tx) {
        MessageWriter w = new MessageWriter(4096);
        tx.encode(w);
        return Arrays.copyOf(toArray(w), w.position());
    }

    private static byte[] toArray(MessageWriter w) {
        byte[] b = new byte[w.position()];
        w.buffer().get(0, b);
        return b;
    }

    @Test
    void shouldSendTheRuleAsItWasWhenAdded() {
        NftRuleBuilder rule = NftRule.in(Family.IP, "t", "c").protocol(Protocol.TCP).destinationPort(22);
        Transaction tx = Nftables.transaction().addRule(rule.accept());
        byte[] before = encode(tx);
        rule.counter().drop(); // the caller goes on with the builder
        assertArrayEquals(before, encode(tx));
        assertArrayEquals(encode(Nftables.transaction().addRule(
                NftRule.in(Family.IP, "t", "c").protocol(Protocol.TCP).destinationPort(22).accept())), before);
    }

    @Test
    void shouldSendTheElementsAsTheyWereWhenAdded() {
        List<String> values = new ArrayList<>(List.of("10.0.0.1", "10.0.0.2"));
        Transaction tx = Nftables.transaction().addElements(Family.IP, "t", "s", SetKeyType.IPV4_ADDR, false, values);
        byte[] before = encode(tx);
        values.add("10.0.0.3");
        values.set(0, "10.9.9.9");
        assertArrayEquals(before, encode(tx));
    }
}
