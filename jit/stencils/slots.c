/* Moving cached registers between their slots and their homes in the register windows (vm3.h, "Cached
 * registers"): the compiler puts these around an op that reads a cached register from memory (a store, when
 * the window's copy is stale) or writes one there (a load after it), around calls, and at a function's start.
 * _JIT_A is the vm3 register. */
#include "vm3.h"

#define SLOT_STORE_I(k, _) \
    STENCIL(SlotStoreI##k) { RI(_JIT_A) = s##k; CONTINUE(); }
#define SLOT_LOAD_I(k, _) \
    STENCIL(SlotLoadI##k) { s##k = RI(_JIT_A); CONTINUE(); }
#define SLOT_STORE_F(k, _) \
    STENCIL(SlotStoreF##k) { RF(_JIT_A) = f##k; CONTINUE(); }
#define SLOT_LOAD_F(k, _) \
    STENCIL(SlotLoadF##k) { f##k = RF(_JIT_A); CONTINUE(); }

FOR_SLOTS(SLOT_STORE_I, _)
FOR_SLOTS(SLOT_LOAD_I, _)
FOR_SLOTS(SLOT_STORE_F, _)
FOR_SLOTS(SLOT_LOAD_F, _)
