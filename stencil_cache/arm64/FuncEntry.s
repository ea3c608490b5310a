    movz x8, #{uabs_g0:_JIT_NREGS_I}
    movz x9, #{uabs_g0:_JIT_PARAMS_I}
    cmp x9, x8
    b.hs L1
    subs x8, x8, x9
    b.eq L1
    add x9, x20, x9, lsl #3
    mov x10, xzr
L0:
    subs x8, x8, #1
    str x10, [x9], #8
    b.ne L0
L1:
    movz x8, #{uabs_g0:_JIT_NREGS_F}
    movz x10, #{uabs_g0:_JIT_PARAMS_F}
    cmp x10, x8
    b.hs L3
    subs x8, x8, x10
    b.eq L3
    add x10, x21, x10, lsl #3
    mov x9, xzr
L2:
    subs x8, x8, #1
    str x9, [x10], #8
    b.ne L2
L3:
    movz x8, #{uabs_g0:_JIT_NREGS_C}
    movz x10, #{uabs_g0:_JIT_PARAMS_C}
    cmp x10, x8
    b.hs L5
    subs x8, x8, x10
    b.eq L5
    add x10, x22, x10, lsl #3
    mov x9, xzr
L4:
    subs x8, x8, #1
    str x9, [x10], #8
    b.ne L4
L5:
    b {jump26:_JIT_CONTINUE}
