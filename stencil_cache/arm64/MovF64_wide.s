    movz x8, #{uabs_g0:_JIT_B}
    movz x9, #{uabs_g0:_JIT_A}
    ldr d4, [x21, x8, lsl #3]
    str d4, [x21, x9, lsl #3]
    b {jump26:_JIT_CONTINUE}
