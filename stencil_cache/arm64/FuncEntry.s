    movz x8, #{uabs_g0:_JIT_NREGS_I}
    movz x10, #{uabs_g0:_JIT_PARAMS_I}
    cmp x10, x8
    b.hs L1
    add x9, x20, x10, lsl #3
    sub x8, x8, x10
L0:
    subs x8, x8, #1
    str xzr, [x9], #8
    b.ne L0
L1:
    movz x8, #{uabs_g0:_JIT_NREGS_F}
    movz x10, #{uabs_g0:_JIT_PARAMS_F}
    cmp x10, x8
    b.hs L3
    add x9, x21, x10, lsl #3
    sub x8, x8, x10
L2:
    subs x8, x8, #1
    str xzr, [x9], #8
    b.ne L2
L3:
    movz x8, #{uabs_g0:_JIT_NREGS_C}
    movz x10, #{uabs_g0:_JIT_PARAMS_C}
    cmp x10, x8
    b.hs L5
    add x9, x22, x10, lsl #3
    sub x8, x8, x10
L4:
    subs x8, x8, #1
    str xzr, [x9], #8
    b.ne L4
L5:
    b {jump26:_JIT_CONTINUE}
