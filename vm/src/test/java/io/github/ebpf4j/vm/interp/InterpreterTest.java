package io.github.ebpf4j.vm.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.vm.asm.ConformanceAssembler;
import io.github.ebpf4j.vm.helpers.HelperId;
import io.github.ebpf4j.vm.helpers.HelperRegistry;
import io.github.ebpf4j.vm.isa.Bpf;
import io.github.ebpf4j.vm.isa.Insn;
import io.github.ebpf4j.vm.isa.Program;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Calls, frames, helpers, callbacks, tail calls, the budget and every fault kind. Expected values
 * follow RFC 9669 (sections named per test) and the kernel's rules where the RFC is silent (frame
 * limit MAX_CALL_FRAMES = 8, "frame pointer is read only").
 */
class InterpreterTest {
    private static Program asm(String text) {
        return ConformanceAssembler.assemble(text);
    }

    private static Interpreter vm() {
        return Interpreter.builder().instructionBudget(100_000).build();
    }

    private static VmFault fault(Interpreter vm, Program p) {
        return assertThrows(VmFault.class, () -> vm.run(p));
    }

    @Test
    void localCallsPreserveR6ToR9AndGiveEachFrameItsOwnStack() {
        // RFC 9669 4.3.1 "program-local functions": r6-r9 callee-saved, each frame its own stack
        Program p = asm(String.join("\n",
                "mov %r6, 6", "mov %r9, 9", "stdw [%r10-8], 77", "mov %r1, 5",
                "call local fn",
                "ldxdw %r2, [%r10-8]", "add %r0, %r2", "add %r0, %r6", "add %r0, %r9", "exit",
                "fn:", "mov %r6, 100", "mov %r9, 100", "ldxdw %r3, [%r10-8]",
                "mov %r0, %r1", "add %r0, %r3", "exit"));
        // callee: r0 = 5 + 0 (its fresh stack); caller: 5 + 77 + 6 + 9
        assertEquals(97, vm().run(p));
    }

    @Test
    void eightFramesAreAllowedNineAreNot() {
        // kernel MAX_CALL_FRAMES = 8: main + 7 nested frames of f run, an 8th nested call faults
        StringBuilder ok = new StringBuilder("mov %r1, 6\ncall local f\nexit\n"
                + "f:\njeq %r1, 0, +3\nsub %r1, 1\ncall local f\nexit\nmov %r0, 42\nexit\n");
        assertEquals(42, vm().run(asm(ok.toString())));
        Program tooDeep = asm(ok.toString().replace("mov %r1, 6", "mov %r1, 7"));
        VmFault f = fault(vm(), tooDeep);
        assertEquals(VmFault.Kind.CALL_DEPTH, f.kind());
        assertTrue(f.getMessage().contains("the call stack of 9 frames is too deep"), f.getMessage());
    }

    @Test
    void unknownHelperNamesIdAndKernelName() {
        VmFault f = fault(vm(), asm("call 5\nexit"));
        assertEquals(VmFault.Kind.UNKNOWN_HELPER, f.kind());
        assertEquals(0, f.pc());
        assertTrue(f.getMessage().endsWith("unknown helper 5 (bpf_ktime_get_ns)"), f.getMessage());
        assertTrue(fault(vm(), asm("call 99999\nexit")).getMessage().endsWith("unknown helper 99999"));
    }

    @Test
    void helpersGetR1ToR5AndReturnR0AndMayUseMemory() {
        HelperRegistry reg = HelperRegistry.builder().register(HelperId.MAP_LOOKUP_ELEM,
                (a, b, c, d, e, ctx) -> {
                    ctx.memory().store(a, 8, b + c + d + e);
                    return ctx.pc() * 1000L + ctx.callDepth();
                }).build();
        Interpreter vm = Interpreter.builder().helpers(reg).build();
        Program p = asm(String.join("\n", "mov %r1, %r10", "sub %r1, 8", "mov %r2, 1", "mov %r3, 2",
                "mov %r4, 3", "mov %r5, 4", "call 1", "ldxdw %r1, [%r10-8]", "lsh %r0, 8", "add %r0, %r1", "exit"));
        assertEquals((6L * 1000 + 1) << 8 | 10, vm.run(p));
    }

    @Test
    void helperExceptionsBecomeFaults() {
        HelperRegistry reg = HelperRegistry.empty().with(7, (a, b, c, d, e, ctx) -> {
            throw new IllegalStateException("boom");
        });
        VmFault f = assertThrows(VmFault.class, () -> Interpreter.builder().helpers(reg).build().run(asm("call 7\nexit")));
        assertEquals(VmFault.Kind.HELPER_FAILED, f.kind());
        assertTrue(f.getMessage().contains("helper 7 (bpf_get_prandom_u32) failed: java.lang.IllegalStateException: boom"));
    }

    @Test
    void helperMemoryFaultsAreLocatedAtTheCall() {
        HelperRegistry reg = HelperRegistry.empty().with(1, (a, b, c, d, e, ctx) -> ctx.memory().load(a, 8));
        VmFault f = assertThrows(VmFault.class,
                () -> Interpreter.builder().helpers(reg).build().run(asm("mov %r0, 0\nmov %r1, 0\ncall 1\nexit")));
        assertEquals(VmFault.Kind.NULL_POINTER, f.kind());
        assertEquals(2, f.pc());
    }

    @Test
    void callxCallsAHelperByIdOrAFunctionByAddress() {
        // bpf_conformance callx.data: the register holds helper id 5
        HelperRegistry reg = HelperRegistry.empty().with(5, (a, b, c, d, e, ctx) -> 50 + a);
        Interpreter vm = Interpreter.builder().helpers(reg).build();
        assertEquals(51, vm.run(asm("mov %r1, 1\nmov %r2, 5\ncall helper %r2\nexit")));
        // LLVM callx: the register holds a function address (ld_imm64 src=4, BPF_PSEUDO_FUNC)
        Program p = Program.of(
                Insn.of(Bpf.LD_IMM64, 2, Bpf.BPF_PSEUDO_FUNC, 0, 3), Insn.of(0, 0, 0, 0, 0),
                Insn.of(Bpf.CALLX, 2, 0, 0, 0),
                Insn.of(Bpf.EXIT, 0, 0, 0, 0),
                Insn.of(Bpf.BPF_ALU64 | Bpf.BPF_MOV, 0, 0, 0, 33), // fn at slot 4: r0 = 33
                Insn.of(Bpf.EXIT, 0, 0, 0, 0));
        assertEquals(33, vm.run(p));
        VmFault f = assertThrows(VmFault.class, () -> vm.run(asm("mov %r2, -1\ncall helper %r2\nexit")));
        assertEquals(VmFault.Kind.BAD_JUMP, f.kind());
    }

    @Test
    void helpersCanCallBackIntoTheProgram() {
        // bpf_loop-like helper 181: calls the callback r2 times r1, sums r0
        HelperRegistry reg = HelperRegistry.empty().with(HelperId.LOOP, (n, fn, c, d, e, ctx) -> {
            long sum = 0;
            for (long i = 0; i < n; i++) sum += ctx.callFunction(fn, i, c, 0, 0, 0);
            return sum;
        });
        Program p = Program.of(
                Insn.of(Bpf.BPF_ALU64 | Bpf.BPF_MOV, 6, 0, 0, 1000),
                Insn.of(Bpf.BPF_ALU64 | Bpf.BPF_MOV, 1, 0, 0, 4),
                Insn.of(Bpf.LD_IMM64, 2, Bpf.BPF_PSEUDO_FUNC, 0, 5), Insn.of(0, 0, 0, 0, 0), // fn = 2 + 1 + 5
                Insn.of(Bpf.BPF_ALU64 | Bpf.BPF_MOV, 3, 0, 0, 10),
                Insn.of(Bpf.CALL, 0, 0, 0, HelperId.LOOP.id()),
                Insn.of(Bpf.BPF_ALU64 | Bpf.BPF_ADD | Bpf.BPF_X, 0, 6, 0, 0),
                Insn.of(Bpf.EXIT, 0, 0, 0, 0),
                // callback (slot 8): r0 = r1 * r2; clobbers r6 (restored for the caller)
                Insn.of(Bpf.BPF_ALU64 | Bpf.BPF_MOV | Bpf.BPF_X, 0, 1, 0, 0),
                Insn.of(Bpf.BPF_ALU64 | Bpf.BPF_MUL | Bpf.BPF_X, 0, 2, 0, 0),
                Insn.of(Bpf.BPF_ALU64 | Bpf.BPF_MOV, 6, 0, 0, 0),
                Insn.of(Bpf.EXIT, 0, 0, 0, 0));
        Interpreter vm = Interpreter.builder().helpers(reg).build();
        assertEquals(1000 + (0 + 1 + 2 + 3) * 10, vm.run(p));
        assertEquals(7 + 4 * 4, vm.instructionsExecuted(), "callback instructions count against the budget");
    }

    @Test
    void tailCallContinuesInTheTargetProgram() {
        Program target = asm("mov %r0, %r1\nadd %r0, 1000\nexit");
        HelperRegistry reg = HelperRegistry.empty().with(HelperId.TAIL_CALL, (ctx0, map, idx, d, e, ctx) -> {
            if (idx == 0) ctx.tailCall(target);
            return -2; // ignored when the tail call happens
        });
        Interpreter vm = Interpreter.builder().helpers(reg).build();
        assertEquals(1007, vm.run(asm("mov %r3, 0\ncall 12\nmov %r0, 1\nexit"), 7));
        assertEquals(1, vm.run(asm("mov %r3, 1\ncall 12\nmov %r0, 1\nexit"), 7), "a failed tail call falls through");
    }

    @Test
    void budgetStopsInfiniteLoops() {
        Interpreter vm = Interpreter.builder().instructionBudget(1000).build();
        VmFault f = assertThrows(VmFault.class, () -> vm.run(asm("ja -1\nexit")));
        assertEquals(VmFault.Kind.INSN_LIMIT, f.kind());
        assertEquals(1000, vm.instructionsExecuted());
        // exactly at the budget still completes
        Interpreter exact = Interpreter.builder().instructionBudget(3).build();
        assertEquals(3, exact.run(asm("mov %r0, 1\nadd %r0, 2\nexit")));
    }

    @Test
    void faultsCarryPcInstructionAndReason() {
        VmFault f = fault(vm(), asm("mov %r0, 0\nldxw %r0, [%r0+4]\nexit"));
        assertEquals(VmFault.Kind.NULL_POINTER, f.kind());
        assertEquals(1, f.pc());
        assertTrue(f.getMessage().startsWith("pc 1 ("), f.getMessage());
        assertTrue(f.getMessage().endsWith("null pointer: load of 4 bytes at 0x4"), f.getMessage());

        VmFault oob = fault(vm(), asm("stdw [%r10], 1\nexit"));
        assertEquals(VmFault.Kind.OUT_OF_BOUNDS, oob.kind());
        assertTrue(oob.reason().equals("out of bounds store of 8 bytes at fp+0 (fp has 512 bytes)"), oob.reason());
        assertEquals(VmFault.Kind.OUT_OF_BOUNDS, fault(vm(), asm("ldxb %r0, [%r10-513]\nexit")).kind());

        assertEquals(VmFault.Kind.BAD_JUMP, fault(vm(), asm("mov %r0, 0")).kind(), "falls off the end");
        assertEquals("execution fell off the end of the program", fault(vm(), asm("mov %r0, 0")).reason());
        assertEquals(VmFault.Kind.WILD_POINTER, fault(vm(), asm("lddw %r1, 0x123400000000\nldxb %r0, [%r1]\nexit")).kind());
    }

    @Test
    void badProgramsFaultBeforeRunning() {
        // jump out of the program (kernel: "jump out of range from insn 0 to 5")
        VmFault j = fault(vm(), Program.of(Insn.of(Bpf.BPF_JMP | Bpf.BPF_JA, 0, 0, 4, 0), Insn.of(Bpf.EXIT, 0, 0, 0, 0)));
        assertEquals(VmFault.Kind.BAD_JUMP, j.kind());
        assertEquals("jump out of range from insn 0 to 5", j.reason());
        // write to r10 (kernel: "frame pointer is read only")
        VmFault fp = fault(vm(), asm("mov %r10, 0\nexit"));
        assertEquals("frame pointer is read only", fp.reason());
        // unknown opcode
        VmFault op = fault(vm(), Program.of(0x00000000_000000ffL, Insn.of(Bpf.EXIT, 0, 0, 0, 0).encode()));
        assertEquals(VmFault.Kind.INVALID_INSN, op.kind());
        assertEquals(0, op.pc());
        // lddw without its second slot
        assertEquals(VmFault.Kind.INVALID_INSN, fault(vm(), Program.of(Insn.of(Bpf.LD_IMM64, 0, 0, 0, 1))).kind());
        // jump into the middle of lddw
        assertEquals(VmFault.Kind.BAD_JUMP, fault(vm(), Program.of(Insn.of(Bpf.BPF_JMP | Bpf.BPF_JA, 0, 0, 1, 0),
                Insn.of(Bpf.LD_IMM64, 0, 0, 0, 1), Insn.of(0, 0, 0, 0, 0), Insn.of(Bpf.EXIT, 0, 0, 0, 0))).kind());
        // map references need a resolver
        assertEquals(VmFault.Kind.INVALID_INSN, fault(vm(), Program.of(Insn.of(Bpf.LD_IMM64, 1, 1, 0, 3),
                Insn.of(0, 0, 0, 0, 0), Insn.of(Bpf.EXIT, 0, 0, 0, 0))).kind());
    }

    @Test
    void pseudoLdImm64GoesThroughTheResolver() {
        Interpreter vm = Interpreter.builder()
                .resolver((pc, pseudo, imm, next) -> (long) pseudo << 40 | (long) imm << 8 | next).build();
        Program p = Program.of(Insn.of(Bpf.LD_IMM64, 0, Bpf.BPF_PSEUDO_MAP_VALUE, 0, 3), Insn.of(0, 0, 0, 0, 16),
                Insn.of(Bpf.EXIT, 0, 0, 0, 0));
        assertEquals(2L << 40 | 3 << 8 | 16, vm.run(p));
    }

    @Test
    void ldAbsWithoutPacketFaults() {
        assertEquals(VmFault.Kind.INVALID_INSN,
                fault(vm(), Program.of(Insn.of(Bpf.BPF_LD | Bpf.BPF_ABS | Bpf.BPF_B, 0, 0, 0, 0), Insn.of(Bpf.EXIT, 0, 0, 0, 0))).kind());
    }

    @Test
    void listenerSeesEveryInstructionBeforeItRuns() {
        List<String> seen = new ArrayList<>();
        long[] exit = new long[1];
        ExecutionListener l = new ExecutionListener() {
            @Override public void onInstruction(Program program, int pc, int depth, long[] regs) {
                seen.add(pc + "@" + depth + ":r0=" + regs[0]);
            }

            @Override public void onExit(long r0) { exit[0] = r0; }
        };
        Interpreter vm = Interpreter.builder().listener(l).build();
        vm.run(asm("mov %r0, 1\ncall local f\nexit\nf:\nmov %r0, 2\nexit"));
        assertEquals(List.of("0@0:r0=0", "1@0:r0=1", "3@1:r0=1", "4@1:r0=2", "2@0:r0=2"), seen);
        assertEquals(2, exit[0]);
    }

    @Test
    void runWithMemoryFollowsTheConformanceConvention() {
        byte[] mem = {1, 2, 3, 4};
        Interpreter vm = vm();
        assertEquals(4, vm.runWithMemory(asm("mov %r0, %r2\nstb [%r1+0], 9\nexit"), mem));
        assertArrayEquals(new byte[] {9, 2, 3, 4}, mem, "the program writes the caller's memory");
        assertEquals(8, vm.memory().regionCount(), "only the 8 stack frames stay mapped");
        assertEquals(0, vm.runWithMemory(asm("mov %r0, %r1\nexit"), null), "no memory: r1 = 0");
    }

    @Test
    void r10IsTheTopOfAZeroedStackEachRun() {
        Interpreter vm = vm();
        Program p = asm("ldxdw %r0, [%r10-8]\nstdw [%r10-8], 5\nexit");
        assertEquals(0, vm.run(p));
        assertEquals(0, vm.run(p), "the stack does not leak between runs");
        assertEquals(vm.registers()[10], vm.memory().regionOf(vm.registers()[10] - 1).address(Bpf.STACK_SIZE));
    }

    @Test
    void callDepthFaultSaysWhatTheKernelSays() throws Exception {
        // testdata/kernel/calls/expected.txt: kernel-oracle verify --type xdp call_depth_9.s ends with
        // "the call stack of 9 frames is too deep" at the call at insn 5
        java.nio.file.Path dir = KernelFacts.root().resolve("testdata/kernel/calls");
        Program deep = io.github.ebpf4j.vm.asm.Assembler.assemble(java.nio.file.Files.readString(dir.resolve("call_depth_9.s")));
        VmFault f = fault(vm(), deep);
        assertEquals(5, f.pc());
        assertEquals("the call stack of 9 frames is too deep", f.reason());
        assertTrue(java.nio.file.Files.readString(dir.resolve("expected.txt")).contains("\n" + f.reason() + "\n"));
        Program eight = io.github.ebpf4j.vm.asm.Assembler.assemble(java.nio.file.Files.readString(dir.resolve("call_depth_8.s")));
        assertEquals(42, vm().run(eight), "8 frames run (the kernel's static recursion check is the verifier's job)");
    }

    @Test
    void everyOpcodeTheDecoderAcceptsHasAnArm() {
        // the hot loop's default arm must only see invalid opcodes: whatever the (lenient) Decoder
        // accepts when a program is loaded, the switch executes
        int accepted = 0;
        for (int op = 0; op < 256; op++) {
            int imm = (op & 0xf7) == 0xd4 || op == 0xd7 ? 16 : op == 0x85 || op == 0x06 ? 0 : 1;
            int src = op == 0x85 ? 1 : 2; // call local (pc + 1 + 0 is the exit)
            long[] words = op == Bpf.LD_IMM64
                    ? new long[] {Insn.of(op, 1, 0, 0, imm).encode(), 0, Insn.of(Bpf.EXIT, 0, 0, 0, 0).encode()}
                    : new long[] {Insn.of(op, 1, src, 0, imm).encode(), Insn.of(Bpf.EXIT, 0, 0, 0, 0).encode()};
            Program p = Program.of(words);
            Interpreter vm = vm();
            try {
                vm.load(p);
            } catch (VmFault rejected) {
                continue;
            }
            accepted++;
            try {
                vm.run(p, 0, 0);
            } catch (VmFault f) {
                String what = String.format("opcode 0x%02x: %s", op, f.getMessage());
                assertTrue(f.pc() == 0 && !f.reason().startsWith("invalid opcode"), what);
            }
        }
        assertEquals(128, accepted, "the 126 opcodes of RFC 9669 and the kernel ISA, plus NEG with the X bit (0x8c, 0x8f)");
    }
}
