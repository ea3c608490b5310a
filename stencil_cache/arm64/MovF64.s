    movz x8, #{uabs_g0:_JIT_B}
    fmov d1, d0
    movz x9, #{uabs_g0:_JIT_A}
    ldr x8, [x21, x8, lsl #3]
    str x8, [x21, x9, lsl #3]
    fmov d0, x8
    b {jump26:_JIT_CONTINUE}
