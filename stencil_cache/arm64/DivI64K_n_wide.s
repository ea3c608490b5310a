    movz x8, #{uabs_g0:_JIT_B}
    movz x9, #{sabs_g0:_JIT_K}
    ldr x8, [x20, x8, lsl #3]
    sdiv x8, x8, x9
    movz x9, #{uabs_g0:_JIT_A}
    str x8, [x20, x9, lsl #3]
    b {jump26:_JIT_CONTINUE}
