package io.github.ebpf4j.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.elf.btf.Btf;
import io.github.ebpf4j.elf.btf.BtfKind;
import io.github.ebpf4j.elf.btf.FuncSignature;
import io.github.ebpf4j.elf.btf.FuncSignature.Param;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Function prototypes read from BTF, against testdata/obj/global_funcs.btf.txt
 * ({@code bpftool btf dump file global_funcs.o}), e.g. "[21] FUNC 'gf_fill' type_id=20
 * linkage=global", "[9] STRUCT 'pair' size=8 vlen=2", "[55] DECL_TAG 'arg:nonnull' type_id=54
 * component_idx=0", "[34] TYPEDEF '__u8' type_id=35", and testdata/obj/scale_calls.btf.txt (static functions).
 */
class FuncSignatureTest {
    private static Btf btf(String name) throws IOException {
        Path p = Path.of(System.getProperty("ebpf4j.root", ".."), "testdata", "obj", name + ".o");
        return BpfObject.load(p).btf().orElseThrow();
    }

    private static FuncSignature sig(Btf btf, String func) {
        return FuncSignature.of(btf, btf.find(func, BtfKind.FUNC).orElseThrow().id());
    }

    @Test
    void globalFunctionsWithScalarPointerAndCtxParameters() throws IOException {
        Btf btf = btf("global_funcs");
        FuncSignature fill = sig(btf, "gf_fill");
        assertTrue(fill.global());
        assertEquals("INT", fill.returnKind());
        assertEquals(List.of(new Param("PTR", "STRUCT", "pair", 8, Set.of()), new Param("INT", "", "", -1, Set.of())),
                fill.params());
        assertEquals(new Param("PTR", "STRUCT", "xdp_md", 24, Set.of()), sig(btf, "gf_len").params().get(0));
        assertEquals(new Param("PTR", "INT", "unsigned char", 1, Set.of()), sig(btf, "gf_oob").params().get(0));
        assertEquals(new Param("PTR", "STRUCT", "big", 32, Set.of()), sig(btf, "gf_big").params().get(0));
        assertEquals(new Param("PTR", "UNKNOWN", "", -1, Set.of()), sig(btf, "gf_void").params().get(0));
        assertEquals(Set.of("nonnull"), sig(btf, "gf_nn").params().get(0).tags());
        assertEquals("PTR", sig(btf, "gf_retptr").returnKind());
        assertEquals("INT", sig(btf, "gf_scalar").params().get(0).kind()); // long
    }

    @Test
    void staticFunctionsAreNotGlobal() throws IOException {
        assertFalse(sig(btf("scale_calls"), "level8").global());
    }
}
