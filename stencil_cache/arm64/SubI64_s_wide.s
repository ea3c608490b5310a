    movz x8, #{uabs_g0:_JIT_A}
    movz x9, #{uabs_g0:_JIT_C}
    ldr x10, [x20, x8, lsl #3]
    ldr x9, [x20, x9, lsl #3]
    sub x9, x10, x9
    str x9, [x20, x8, lsl #3]
    b {jump26:_JIT_CONTINUE}
