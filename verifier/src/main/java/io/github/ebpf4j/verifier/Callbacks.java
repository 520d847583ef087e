package io.github.ebpf4j.verifier;

import io.github.ebpf4j.vm.helpers.HelperId;
import io.github.ebpf4j.vm.maps.MapSpec;
import io.github.ebpf4j.vm.maps.MapType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Helpers that call back into the program ({@code bpf_loop}, {@code bpf_for_each_map_elem}):
 * which helpers do, the callback frame's registers at entry ({@code set_loop_callback_state()},
 * {@code set_map_elem_callback_state()} of kernel/bpf/verifier.c), and the widening of imprecise
 * scalars when a callback returns to its call instruction ({@code widen_imprecise_scalars()}).
 *
 * <p>The walk itself is {@link DoCheck}'s, as the kernel's: the call pushes the callback's entry
 * as a path of its own and continues after the helper; each callback exit goes back to the call
 * instruction, which pushes the callback again, until the state at the call instruction is
 * covered by an earlier one (range-wise) and the path is pruned.
 */
final class Callbacks {
    private Callbacks() {}

    /** Maps whose ops have map_for_each_callback (array and hash maps). */
    private static final Set<MapType> FOR_EACH_MAPS = EnumSet.of(MapType.ARRAY, MapType.PERCPU_ARRAY, MapType.HASH,
            MapType.PERCPU_HASH, MapType.LRU_HASH, MapType.LRU_PERCPU_HASH);

    /**
     * is_sync_callback_calling_function().
     *
     * @param helperId a helper call's imm
     * @return whether the helper calls its callback before it returns
     */
    static boolean callsSync(int helperId) {
        return helperId == HelperId.LOOP.id() || helperId == HelperId.FOR_EACH_MAP_ELEM.id()
                || helperId == HelperId.FIND_VMA.id() || helperId == HelperId.USER_RINGBUF_DRAIN.id();
    }

    /**
     * is_async_callback_calling_function().
     *
     * @param helperId a helper call's imm
     * @return whether the helper arranges for its callback to run later (timers)
     */
    static boolean callsAsync(int helperId) {
        return helperId == HelperId.TIMER_SET_CALLBACK.id();
    }

    /** @return whether ebpf4j walks this helper's callbacks (the others are reported as unsupported) */
    static boolean modelled(HelperId h) {
        return h == HelperId.LOOP || h == HelperId.FOR_EACH_MAP_ELEM;
    }

    /**
     * Sets up the callback's frame from the caller's registers at the helper call.
     *
     * @return null, or the kernel's message when the callback cannot be called this way
     */
    static String enter(HelperId h, FuncState caller, FuncState callee, MapSpec map, int mapIndex) {
        RegState[] c = caller.regs;
        RegState[] r = callee.regs;
        if (h == HelperId.LOOP) {
            // callback_fn(u32 index, void *callback_ctx)
            r[1].markUnknown();
            r[2].copyFrom(c[3]);
        } else {
            // callback_fn(struct bpf_map *map, void *key, void *value, void *callback_ctx)
            if (map == null || !FOR_EACH_MAPS.contains(map.type())) return Messages.CALLBACK_NOT_ALLOWED_FOR_MAP;
            r[1].copyFrom(c[1]);
            r[2].markKnownZeroPointer(RegType.PTR_TO_MAP_KEY);
            r[2].map = map;
            r[2].mapIndex = mapIndex;
            r[3].markKnownZeroPointer(RegType.PTR_TO_MAP_VALUE);
            r[3].map = map;
            r[3].mapIndex = mapIndex;
            r[4].copyFrom(c[3]);
        }
        callee.inCallbackFn = true;
        callee.callbackRetMin = 0;
        callee.callbackRetMax = 1;
        return null;
    }

    /**
     * widen_imprecise_scalars(): scalars that are neither precise nor equal to their value in the
     * previous visit of the call instruction become unknown, so that a callback counting
     * something converges instead of being unrolled once per value.
     *
     * @param old the checkpoint of the previous visit of the call instruction on this path
     * @param cur the state returning to it
     */
    static void widen(VerifierState old, VerifierState cur) {
        IdMap ids = new IdMap();
        for (int fr = old.curframe; fr >= 0; fr--) {
            FuncState o = old.frames[fr];
            FuncState c = cur.frames[fr];
            for (int i = 0; i < o.regs.length; i++) widen(o.regs[i], c.regs[i], ids);
            int slots = Math.min(o.allocatedStack, c.allocatedStack) / 8;
            for (int spi = 0; spi < slots; spi++) {
                if (!o.isSpilled(spi) || !c.isSpilled(spi)) continue;
                widen(o.spill(spi), c.spill(spi), ids);
            }
        }
    }

    /** maybe_widen_reg(). */
    private static void widen(RegState o, RegState c, IdMap ids) {
        if (o.type != RegType.SCALAR_VALUE || c.type != RegType.SCALAR_VALUE) return;
        if (o.precise || c.precise || scalarsExact(o, c, ids)) return;
        c.markUnknown();
    }

    /** regs_exact() for two scalars. */
    private static boolean scalarsExact(RegState o, RegState c, IdMap ids) {
        return o.off == c.off && o.addConst == c.addConst && o.varOff.equals(c.varOff) && o.smin == c.smin
                && o.smax == c.smax && o.umin == c.umin && o.umax == c.umax && o.s32min == c.s32min
                && o.s32max == c.s32max && o.u32min == c.u32min && o.u32max == c.u32max
                && ids.check(o.id, c.id) && ids.check(o.refObjId, c.refObjId);
    }

    /** check_ids(): old ids map to current ids one to one. */
    private static final class IdMap {
        private final java.util.Map<Integer, Integer> oldToCur = new java.util.HashMap<>();
        private final java.util.Map<Integer, Integer> curToOld = new java.util.HashMap<>();

        boolean check(int oldId, int curId) {
            if ((oldId == 0) != (curId == 0)) return false;
            if (oldId == 0) return true;
            Integer c = oldToCur.get(oldId);
            if (c != null) return c == curId;
            if (curToOld.containsKey(curId)) return false;
            oldToCur.put(oldId, curId);
            curToOld.put(curId, oldId);
            return true;
        }
    }
}
