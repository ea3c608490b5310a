    movz x8, #{uabs_g0:_JIT_B}
    ldr x9, [x23, #72]
    ldr x8, [x22, x8, lsl #3]
    ubfiz x8, x8, #3, #32
    ldr x24, [x8, x9]
    b {jump26:_JIT_CONTINUE}
