    movz x8, #{uabs_g0:_JIT_A}
    movz x9, #{uabs_g0:_JIT_C}
    ldr x10, [x20, x8, lsl #3]
    ldr x9, [x20, x9, lsl #3]
    add x9, x9, x10
    str x9, [x20, x8, lsl #3]
    b {jump26:_JIT_CONTINUE}
