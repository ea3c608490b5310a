    movz x8, #{uabs_g0:_JIT_B}
    ldr x8, [x20, x8, lsl #3]
    and x9, x8, #0x1
    cmp x8, #0
    cneg x27, x9, lt
    b {jump26:_JIT_CONTINUE}
