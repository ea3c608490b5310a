    movz x8, #{uabs_g0:_JIT_IS_ENTRY}
    cbz x8, L5
    movz x8, #{uabs_g0:_JIT_NREGS_I}
    movz x9, #{uabs_g0:_JIT_PARAMS_I}
    cmp x9, x8
    b.hs L1
    subs x8, x8, x9
    b.eq L1
    add x9, x20, x9, lsl #3
L0:
    subs x8, x8, #1
    str xzr, [x9], #8
    b.ne L0
L1:
    movz x8, #{uabs_g0:_JIT_NREGS_F}
    movz x9, #{uabs_g0:_JIT_PARAMS_F}
    cmp x9, x8
    b.hs L3
    subs x8, x8, x9
    b.eq L3
    add x9, x21, x9, lsl #3
L2:
    subs x8, x8, #1
    str xzr, [x9], #8
    b.ne L2
L3:
    movz x8, #{uabs_g0:_JIT_NREGS_C}
    movz x9, #{uabs_g0:_JIT_PARAMS_C}
    cmp x9, x8
    b.hs L5
    subs x8, x8, x9
    b.eq L5
    add x9, x22, x9, lsl #3
L4:
    subs x8, x8, #1
    str xzr, [x9], #8
    b.ne L4
L5:
    b {jump26:_JIT_CONTINUE}
