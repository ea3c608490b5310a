    movz x8, #{uabs_g0:_JIT_B}
    movz x9, #{uabs_g0:_JIT_A}
    ldr x10, [x23, #72]
    ldr x8, [x22, x8, lsl #3]
    ubfiz x8, x8, #3, #32
    ldr x8, [x8, x10]
    str x8, [x20, x9, lsl #3]
    b {jump26:_JIT_CONTINUE}
