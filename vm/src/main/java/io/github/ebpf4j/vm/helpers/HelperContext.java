package io.github.ebpf4j.vm.helpers;

import io.github.ebpf4j.vm.interp.Memory;
import io.github.ebpf4j.vm.isa.Program;

/**
 * What a {@link Helper} may see and do during a call: the interpreter's memory, the call site,
 * calls back into the program ({@code bpf_loop}, {@code bpf_for_each_map_elem}) and tail calls.
 * Valid only during the helper call it is passed to.
 */
public interface HelperContext {
    /** @return the address space of the running program */
    Memory memory();

    /** @return index of the CALL instruction */
    int pc();

    /** @return number of bpf-to-bpf frames active, 1 in the main program */
    int callDepth();

    /**
     * @return the object the caller of {@code Interpreter.run} attached to this run (a runtime's
     *     maps, context and captured output), or null
     */
    Object attachment();

    /**
     * Calls a function of the running program, as {@code bpf_loop} calls its callback: a new
     * frame (counted against the eight-frame limit) with r1 to r5 set and its own stack.
     *
     * @param function a function address, as {@code ld_imm64} with {@code BPF_PSEUDO_FUNC} loads it
     * @param r1 first argument
     * @param r2 second argument
     * @param r3 third argument
     * @param r4 fourth argument
     * @param r5 fifth argument
     * @return the callback's r0
     * @throws io.github.ebpf4j.vm.interp.VmFault if the address is not a function of the program
     *     or the callback faults
     */
    long callFunction(long function, long r1, long r2, long r3, long r4, long r5);

    /**
     * Asks for a tail call ({@code bpf_tail_call}): when the helper returns, the interpreter
     * continues at the first instruction of {@code target} in the current frame, with r1
     * unchanged, instead of the instruction after the call. The caller keeps count of the kernel's
     * 33-call limit.
     *
     * @param target the program to continue with
     */
    void tailCall(Program target);
}
