package io.jnetlink.core;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classic BPF builder: labels become the kernel's forward offsets, and what it would refuse is refused here. */
class BpfProgramTest {
    @Test
    void shouldResolveLabelsToForwardOffsetsAndEncodeStructSockFilter() {
        BpfProgram f = BpfProgram.builder()
                .stmt(BpfProgram.LD | BpfProgram.H | BpfProgram.ABS, 4)
                .jump(BpfProgram.JMP | BpfProgram.JEQ | BpfProgram.K, 0x0001, "drop", "accept")
                .label("accept").stmt(BpfProgram.RET | BpfProgram.K, -1)
                .label("drop").stmt(BpfProgram.RET | BpfProgram.K, 0)
                .build();
        assertEquals(List.of(new BpfProgram.Instruction(0x28, 0, 0, 4), new BpfProgram.Instruction(0x15, 1, 0, 1),
                new BpfProgram.Instruction(0x06, 0, 0, -1), new BpfProgram.Instruction(0x06, 0, 0, 0)), f.program());
        ByteBuffer b = f.encode().order(ByteOrder.nativeOrder());
        assertEquals(32, b.remaining()); // { __u16 code; __u8 jt; __u8 jf; __u32 k; } per instruction
        assertEquals(0x15, b.getShort(8));
        assertEquals(1, b.get(10));
        assertEquals(0, b.get(11));
        assertEquals(1, b.getInt(12));
    }

    @Test
    void shouldRefuseProgramsTheKernelWouldRefuse() {
        IllegalArgumentException noRet = assertThrows(IllegalArgumentException.class, () -> BpfProgram.builder()
                .stmt(BpfProgram.LD | BpfProgram.IMM, 1).build());
        assertTrue(noRet.getMessage().contains("BPF_RET"), noRet.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BpfProgram.builder().build());
        IllegalArgumentException backward = assertThrows(IllegalArgumentException.class, () -> BpfProgram.builder()
                .label("top").jump(BpfProgram.JMP | BpfProgram.JEQ | BpfProgram.K, 0, "top", "end")
                .label("end").stmt(BpfProgram.RET | BpfProgram.K, 0).build());
        assertTrue(backward.getMessage().contains("top"), backward.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BpfProgram.builder().label("a").label("a"));
        BpfProgram.Builder far = BpfProgram.builder()
                .jump(BpfProgram.JMP | BpfProgram.JEQ | BpfProgram.K, 0, "end", "end");
        for (int i = 0; i < 256; i++) {
            far.stmt(BpfProgram.LD | BpfProgram.IMM, i);
        }
        far.label("end").stmt(BpfProgram.RET | BpfProgram.K, 0);
        IllegalArgumentException tooFar = assertThrows(IllegalArgumentException.class, far::build);
        assertTrue(tooFar.getMessage().contains("jt/jf"), tooFar.getMessage());
    }
}
