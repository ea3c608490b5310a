    movz x8, #{uabs_g0:_JIT_A}
    movz x9, #{sabs_g0:_JIT_K}
    ldr x10, [x20, x8, lsl #3]
    add x9, x10, x9
    str x9, [x20, x8, lsl #3]
    b {jump26:_JIT_CONTINUE}
