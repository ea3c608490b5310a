    movz x8, #{uabs_g0:_JIT_A}
    movz x9, #{uabs_g0:_JIT_B}
    ldr d4, [x21, x8, lsl #3]
    ldr d5, [x21, x9, lsl #3]
    fcmp d4, d5
    b.eq {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
