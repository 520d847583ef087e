package io.github.ebpf4j.verifier;

/**
 * The kernel verifier's messages, verbatim from kernel/bpf/verifier.c (Linux 6.18), as
 * {@link String#format} patterns. Kept in one place so tests and tools can match them.
 */
public final class Messages {
    private Messages() {}

    // ---- structure (check_subprogs, check_cfg, resolve_pseudo_ldimm64) ----
    public static final String JUMP_OUT_OF_RANGE = "jump out of range from insn %d to %d";
    public static final String LAST_INSN_NOT_EXIT = "last insn is not an exit or jmp";
    public static final String CALL_INVALID_DEST = "call to invalid destination";
    public static final String JUMP_INTO_LDIMM64 = "jump into the middle of ldimm64 insn %d";
    public static final String UNREACHABLE_INSN = "unreachable insn %d";
    public static final String BACK_EDGE = "back-edge from insn %d to %d";
    public static final String INVALID_LD_IMM64 = "invalid bpf_ld_imm64 insn";
    public static final String UNRECOGNIZED_LD_IMM64 = "unrecognized bpf_ld_imm64 insn";
    public static final String UNKNOWN_OPCODE = "unknown opcode %02x";
    public static final String LDX_RESERVED = "BPF_LDX uses reserved fields";
    public static final String FD_NOT_MAP = "fd %d is not pointing to valid bpf_map";
    public static final String DIRECT_VALUE_OFF = "invalid access to map value pointer, value_size=%d off=%d";
    public static final String NO_DIRECT_VALUE = "no direct value access support for this map type";
    public static final String INFINITE_LOOP = "infinite loop detected at insn %d";
    public static final String TOO_LARGE = "BPF program is too large. Processed %d insn";
    /**
     * ebpf4j's wall-clock budget ran out ({@link VerifierOptions#withTimeLimit}): not a verdict
     * of the kernel, which bounds verification by processed instructions only.
     */
    public static final String TIME_LIMIT = "verification time limit of %d ms exceeded after %d processed insns (ebpf4j's limit; the kernel has none)";
    /** push_stack(): more than BPF_COMPLEXITY_LIMIT_JMP_SEQ pending branches. */
    public static final String JMP_SEQ_TOO_COMPLEX = "The sequence of %d jumps is too complex.";

    // ---- registers ----
    public static final String NOT_READ_OK = "R%d !read_ok";
    public static final String FP_READ_ONLY = "frame pointer is read only";

    // ---- reserved fields ----
    public static final String ALU_RESERVED = "BPF_ALU uses reserved fields";
    public static final String NEG_RESERVED = "BPF_NEG uses reserved fields";
    public static final String END_RESERVED = "BPF_END uses reserved fields";
    public static final String MOV_RESERVED = "BPF_MOV uses reserved fields";
    public static final String STX_RESERVED = "BPF_STX uses reserved fields";
    public static final String ST_RESERVED = "BPF_ST uses reserved fields";
    public static final String JA_RESERVED = "BPF_JA uses reserved fields";
    public static final String CALL_RESERVED = "BPF_CALL uses reserved fields";
    public static final String EXIT_RESERVED = "BPF_EXIT uses reserved fields";
    public static final String JMP_RESERVED = "BPF_JMP/JMP32 uses reserved fields";
    public static final String LD_ABS_RESERVED = "BPF_LD_[ABS|IND] uses reserved fields";
    public static final String LD_IMM64_RESERVED = "BPF_LD_IMM64 uses reserved fields";
    public static final String INVALID_ALU_OPCODE = "invalid BPF_ALU opcode %x";
    public static final String INVALID_JMP_OPCODE = "invalid BPF_JMP/JMP32 opcode %x";
    public static final String INVALID_ATOMIC_OPCODE = "BPF_ATOMIC uses invalid atomic opcode %02x";
    public static final String INVALID_ATOMIC_SIZE = "invalid atomic operand size";

    // ---- ALU ----
    public static final String DIV_BY_ZERO = "div by zero";
    public static final String INVALID_SHIFT = "invalid shift %d";
    public static final String PTR_ARITH_PROHIBITED = "R%d pointer arithmetic prohibited";
    public static final String PTR_PTR_PROHIBITED = "R%d pointer %s pointer prohibited";
    public static final String PTR_ARITH_32 = "R%d 32-bit pointer arithmetic prohibited";
    public static final String PTR_ARITH_NULL = "R%d pointer arithmetic on %s prohibited, null-check it first";
    public static final String PTR_ARITH_ON = "R%d pointer arithmetic on %s prohibited";
    public static final String PTR_BITWISE = "R%d bitwise operator %s on pointer prohibited";
    public static final String PTR_ARITH_OPERATOR = "R%d pointer arithmetic with %s operator prohibited";
    public static final String SUB_PTR_FROM_SCALAR = "R%d tried to subtract pointer from scalar";
    public static final String SUB_FROM_STACK = "R%d subtraction from stack pointer prohibited";
    public static final String MATH_PTR_CONST = "math between %s pointer and %d is not allowed";
    public static final String PTR_OFFSET_NOT_ALLOWED = "%s pointer offset %d is not allowed";
    public static final String MATH_PTR_UNBOUNDED = "math between %s pointer and register with unbounded min value is not allowed";
    public static final String VALUE_OUT_OF_BOUNDS = "value %d makes %s pointer be out of bounds";

    // ---- memory ----
    public static final String INVALID_MEM_ACCESS = "R%d invalid mem access '%s'";
    public static final String MISALIGNED = "misaligned %saccess off %s+%d+%d size %d";
    public static final String INVALID_STACK = "invalid%s stack R%d off=%d size=%d";
    public static final String INVALID_VAR_STACK = "invalid variable-offset%s stack R%d var_off=%s off=%d size=%d";
    public static final String UNBOUNDED_VAR_STACK = "invalid unbounded variable-offset%s stack R%d";
    public static final String INVALID_READ_STACK = "invalid read from stack off %d+%d size %d";
    public static final String INVALID_SIZE_FILL = "invalid size of register fill";
    public static final String INVALID_SIZE_SPILL = "invalid size of register spill";
    public static final String INVALID_CTX_ACCESS = "invalid bpf_context access off=%d size=%d";
    public static final String MODIFIED_CTX = "dereference of modified %s ptr R%d off=%d disallowed";
    public static final String NEGATIVE_PTR_OFF = "negative offset %s ptr R%d off=%d disallowed";
    public static final String VARIABLE_CTX = "variable %s access var_off=%s disallowed";
    public static final String MAP_KEY_ACCESS = "invalid access to map key, key_size=%d off=%d size=%d";
    public static final String MAP_VALUE_ACCESS = "invalid access to map value, value_size=%d off=%d size=%d";
    public static final String PACKET_ACCESS = "invalid access to packet, off=%d size=%d, R%d(id=%d,off=%d,r=%d)";
    public static final String MEM_ACCESS = "invalid access to memory, mem_size=%d off=%d size=%d";
    public static final String MIN_NEGATIVE = "R%d min value is negative, either use unsigned index or do a if (index >=0) check.";
    public static final String MIN_OUTSIDE = "R%d min value is outside of the allowed memory range";
    public static final String MAX_OUTSIDE = "R%d max value is outside of the allowed memory range";
    public static final String UNBOUNDED_MEM = "R%d unbounded memory access, make sure to bounds check any such access";
    public static final String OUTSIDE_PACKET = "R%d offset is outside of the packet";
    public static final String CANNOT_WRITE_PACKET = "cannot write into packet";
    public static final String CANNOT_WRITE_INTO = "R%d cannot write into %s";
    public static final String WRITE_MAP_KEY = "write to change key R%d not allowed";
    public static final String WRITE_INTO_MAP = "write into map forbidden, value_size=%d off=%d size=%d";
    public static final String READ_FROM_MAP = "read from map forbidden, value_size=%d off=%d size=%d";
    public static final String ATOMIC_STORE_TYPE = "BPF_ATOMIC stores into R%d %s is not allowed";

    // ---- jumps ----
    public static final String PTR_COMPARISON = "R%d pointer comparison prohibited";

    // ---- helpers ----
    public static final String INVALID_FUNC = "invalid func %s#%d";
    public static final String HELPER_NOT_ALLOWED = "program of this type cannot use helper %s#%d";
    public static final String GPL_ONLY = "cannot call GPL-restricted function from non-GPL compatible program";
    public static final String ARG_TYPE = "R%d type=%s expected=%s";
    public static final String HELPER_PKT_NOT_ALLOWED = "helper access to the packet is not allowed";
    public static final String SIZE_NEGATIVE = "R%d min value is negative, either use unsigned or 'var &= const'";
    public static final String ZERO_SIZED_READ = "R%d invalid zero-sized read: u64=[%d,%d]";
    public static final String SIZE_UNBOUNDED = "R%d unbounded memory access, use 'var &= const' or 'if (var < const)'";
    public static final String INVALID_ZERO_SIZED = "invalid zero-sized read";
    public static final String INVALID_READ_STACK_HELPER = "invalid read from stack R%d off %d+%d size %d";
    public static final String NOT_KNOWN_CONSTANT = "R%d is not a known constant'";
    public static final String TAIL_CALL_MAP = "expected prog array map for tail call";
    /** check_abnormal_return(): a subprogram tail calls in a load without BTF func_info. */
    public static final String TAIL_CALL_NO_BTF = "tail_call is not allowed in subprogs without BTF";
    /** check_abnormal_return(): a subprogram uses LD_ABS/LD_IND in a load without BTF func_info. */
    public static final String LD_ABS_NO_BTF = "LD_ABS is not allowed in subprogs without BTF";
    /** check_btf_func(): a subprogram whose BTF prototype does not return a scalar tail calls. */
    public static final String TAIL_CALL_NOT_INT = "tail_call is only allowed in functions that return 'int'.";
    /** check_btf_func(): a subprogram whose BTF prototype does not return a scalar uses LD_ABS. */
    public static final String LD_ABS_NOT_INT = "LD_ABS is only allowed in functions that return 'int'.";
    /** check_max_stack_depth(): argument: the callers' combined (rounded) stack, 256 or more. */
    public static final String TAIL_CALL_CALLER_STACK =
            "tail_calls are not allowed when call stack of previous frames is %d bytes. Too large";
    public static final String MAP_FUNC_INCOMPATIBLE = "cannot pass map_type %d into func %s#%d";
    public static final String NOT_REFERENCED = "R%d must be referenced when passed to release function";
    public static final String RELEASE_ZERO_OFF = "R%d must have zero offset when passed to release func or trusted arg to kfunc";
    public static final String REF_NOT_ACQUIRED = "func %s#%d reference has not been acquired before";
    public static final String UNRELEASED_REF = "Unreleased reference id=%d alloc_insn=%d";
    public static final String REF_LEAK = "%s would lead to reference leak";
    /**
     * Callbacks of bpf_find_vma(), bpf_user_ringbuf_drain() and bpf_timer_set_callback() are not
     * modelled (those of bpf_loop() and bpf_for_each_map_elem() are).
     */
    public static final String PSEUDO_CALL_UNSUPPORTED =
            "callbacks of bpf_find_vma, bpf_user_ringbuf_drain and bpf_timer_set_callback are not supported by"
                    + " ebpf4j's verifier yet";

    // ---- callbacks (push_callback_call, prepare_func_exit, check_ld_imm) ----
    public static final String MISSING_FUNC_INFO = "missing btf func_info";
    public static final String CALLBACK_NOT_STATIC = "callback function not static";
    public static final String CALLBACK_NOT_ALLOWED_FOR_MAP = "callback function not allowed for map";
    public static final String R0_NOT_SCALAR = "R0 not a scalar value";
    public static final String CALLBACK_RET_PREFIX = "At callback return the register R0 has";
    public static final String KFUNC_UNSUPPORTED = "calling kernel functions is not supported without a kernel BTF";

    // ---- legacy packet access ----
    public static final String LD_ABS_NOT_ALLOWED = "BPF_LD_[ABS|IND] instructions not allowed for this program type";
    public static final String LD_ABS_R6 = "at the time of BPF_LD_ABS|IND R6 != pointer to skb";

    // ---- exit ----
    public static final String EXIT_NOT_KNOWN = "%s the register R%d is not a known value (%s)";
    public static final String EXIT_RANGE_PREFIX = "At program exit the register R0 has";
    public static final String EXIT_PREFIX = "At program exit";
    /** check_func_call(): a bpf-to-bpf call beyond MAX_CALL_FRAMES; argument: the frame count. */
    public static final String CALL_STACK_TOO_DEEP = "the call stack of %d frames is too deep";
    /** check_max_stack_depth(): a call chain deeper than MAX_CALL_FRAMES (note the " !"). */
    public static final String CALL_CHAIN_TOO_DEEP = "the call stack of %d frames is too deep !";
    /** check_max_stack_depth(): arguments: frames in the chain, their combined (rounded) stack. */
    public static final String COMBINED_STACK_TOO_LARGE = "combined stack size of %d calls is %d. Too large";
    /** prepare_func_exit(): a subprogram returns a stack pointer. */
    public static final String RETURN_STACK_PTR = "cannot return stack pointer to the caller";
    public static final String EXIT_MAIN = "BPF_EXIT instruction in main prog";

    // ---- global functions (check_func_call, btf_check_func_arg_match, btf_prepare_func_args, do_check_subprogs) ----
    /** The call's arguments (or the callee's prototype) do not fit; follows the reason's line. */
    public static final String CALLER_INVALID_ARGS = "Caller passes invalid args into func#%d ('%s')";
    public static final String GLOBAL_ASSUMED_VALID = "Func#%d ('%s') is global and assumed valid.";
    public static final String VALIDATING = "Validating %s() func#%d...";
    public static final String GLOBAL_SAFE = "Func#%d ('%s') is safe for any args that match its prototype";
    public static final String NOT_A_SCALAR = "R%d is not a scalar";
    public static final String ARG_EXPECTS_CTX = "arg#%d expects pointer to ctx";
    public static final String ARG_EXPECTED_NON_NULL = "arg#%d is expected to be non-NULL";
    public static final String SUBPROG_EXIT_NOT_SCALAR = "At subprogram exit the register R%d is not a scalar value (%s)";
    public static final String GLOBAL_TOO_MANY_ARGS = "Global function %s() with %d > %d args. Buggy compiler.";
    public static final String GLOBAL_NOT_SCALAR_RETURN =
            "Global function %s() doesn't return scalar. Only those are supported.";
    public static final String ARG_UNSUPPORTED_TAGS = "arg#%d has unsupported set of tags";
    public static final String ARG_TAG_NOT_POINTER = "arg#%d has pointer tag, but is not a pointer type";
    public static final String ARG_INVALID_TAGS = "arg#%d has invalid combination of tags";
    public static final String ARG_NOT_SUPPORTED = "Arg#%d type %s in %s() is not supported yet.";
    /** btf_validate_prog_ctx_type(): an arg:ctx pointer to a type the program's context is not. */
    public static final String ARG_CTX_SHOULD_BE = "arg#%d should be `struct %s *`";
    public static final String ARG_CTX_VOID_ONLY = "arg#%d should be void pointer";
    public static final String ARG_CTX_NO_NAME = "arg#%d type doesn't have a name";
    /** btf_resolve_size() failed (-EINVAL); arguments: arg index, kind and name of the pointed-to type. */
    public static final String ARG_SIZE_UNKNOWN = "arg#%d reference type('%s %s') size cannot be determined: -22";
    /** An argument kind the kernel supports (dynptr, trusted/untrusted BTF pointers, arena) that ebpf4j does not. */
    public static final String GLOBAL_ARG_UNSUPPORTED =
            "arg#%d of global function %s() is %s, which ebpf4j's verifier does not model yet";
}
