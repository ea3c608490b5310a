    movz x8, #{uabs_g0:_JIT_B}
    movz x9, #{uabs_g0:_JIT_A}
    ldr x8, [x20, x8, lsl #3]
    and x10, x8, #0x1
    cmp x8, #0
    cneg x8, x10, lt
    str x8, [x20, x9, lsl #3]
    b {jump26:_JIT_CONTINUE}
