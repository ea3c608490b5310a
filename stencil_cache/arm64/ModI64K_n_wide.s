    movz x8, #{uabs_g0:_JIT_B}
    movz x9, #{sabs_g0:_JIT_K}
    movz x11, #{uabs_g0:_JIT_A}
    ldr x8, [x20, x8, lsl #3]
    sdiv x10, x8, x9
    msub x8, x10, x9, x8
    str x8, [x20, x11, lsl #3]
    b {jump26:_JIT_CONTINUE}
