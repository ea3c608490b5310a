    movz x8, #{uabs_g0:_JIT_A}
    ldr d4, [x21, x8, lsl #3]
    fcmp d4, d0
    b.mi {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
