    movz x8, #{uabs_g0:_JIT_B}
    movz x9, #{sabs_g0:_JIT_K}
    ldr x8, [x20, x8, lsl #3]
    sdiv x10, x8, x9
    msub x24, x10, x9, x8
    b {jump26:_JIT_CONTINUE}
