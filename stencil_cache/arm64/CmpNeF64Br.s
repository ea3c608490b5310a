    movz x8, #{uabs_g0:_JIT_A}
    movz x9, #{uabs_g0:_JIT_B}
    ldr d0, [x21, x8, lsl #3]
    ldr d1, [x21, x9, lsl #3]
    fcmp d0, d1
    b.ne {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
