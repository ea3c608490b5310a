    movz x8, #{uabs_g0:_JIT_A}
    movz x9, #{sabs_g0:_JIT_K}
    ldr x8, [x20, x8, lsl #3]
    cmp x8, x9
    b.eq {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
