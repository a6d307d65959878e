package io.jnetlink.core;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classic BPF builder: labels become the kernel's forward offsets, and what it would refuse is refused here. */
class SocketFilterTest {
    @Test
    void shouldResolveLabelsToForwardOffsetsAndEncodeStructSockFilter() {
        SocketFilter f = SocketFilter.builder()
                .stmt(SocketFilter.LD | SocketFilter.H | SocketFilter.ABS, 4)
                .jump(SocketFilter.JMP | SocketFilter.JEQ | SocketFilter.K, 0x0001, "drop", "accept")
                .label("accept").stmt(SocketFilter.RET | SocketFilter.K, -1)
                .label("drop").stmt(SocketFilter.RET | SocketFilter.K, 0)
                .build();
        assertEquals(List.of(new SocketFilter.Instruction(0x28, 0, 0, 4), new SocketFilter.Instruction(0x15, 1, 0, 1),
                new SocketFilter.Instruction(0x06, 0, 0, -1), new SocketFilter.Instruction(0x06, 0, 0, 0)), f.program());
        ByteBuffer b = f.encode().order(ByteOrder.nativeOrder());
        assertEquals(32, b.remaining()); // { __u16 code; __u8 jt; __u8 jf; __u32 k; } per instruction
        assertEquals(0x15, b.getShort(8));
        assertEquals(1, b.get(10));
        assertEquals(0, b.get(11));
        assertEquals(1, b.getInt(12));
    }

    @Test
    void shouldRefuseProgramsTheKernelWouldRefuse() {
        IllegalArgumentException noRet = assertThrows(IllegalArgumentException.class, () -> SocketFilter.builder()
                .stmt(SocketFilter.LD | SocketFilter.IMM, 1).build());
        assertTrue(noRet.getMessage().contains("BPF_RET"), noRet.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SocketFilter.builder().build());
        IllegalArgumentException backward = assertThrows(IllegalArgumentException.class, () -> SocketFilter.builder()
                .label("top").jump(SocketFilter.JMP | SocketFilter.JEQ | SocketFilter.K, 0, "top", "end")
                .label("end").stmt(SocketFilter.RET | SocketFilter.K, 0).build());
        assertTrue(backward.getMessage().contains("top"), backward.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SocketFilter.builder().label("a").label("a"));
        SocketFilter.Builder far = SocketFilter.builder()
                .jump(SocketFilter.JMP | SocketFilter.JEQ | SocketFilter.K, 0, "end", "end");
        for (int i = 0; i < 256; i++) {
            far.stmt(SocketFilter.LD | SocketFilter.IMM, i);
        }
        far.label("end").stmt(SocketFilter.RET | SocketFilter.K, 0);
        IllegalArgumentException tooFar = assertThrows(IllegalArgumentException.class, far::build);
        assertTrue(tooFar.getMessage().contains("jt/jf"), tooFar.getMessage());
    }
}
