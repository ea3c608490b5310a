    movz x8, #{uabs_g0:_JIT_B}
    movz x9, #{sabs_g0:_JIT_K}
    ldr x8, [x20, x8, lsl #3]
    add x24, x8, x9
    b {jump26:_JIT_CONTINUE}
