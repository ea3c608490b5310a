    movz x8, #{uabs_g0:_JIT_C}
    ldr x8, [x20, x8, lsl #3]
    mul x27, x8, x27
    b {jump26:_JIT_CONTINUE}
