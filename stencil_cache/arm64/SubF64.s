    movz x8, #{uabs_g0:_JIT_B}
    movz x9, #{uabs_g0:_JIT_C}
    mov x10, #9221120237041090560
    ldr d0, [x21, x8, lsl #3]
    ldr d1, [x21, x9, lsl #3]
    movz x8, #{uabs_g0:_JIT_A}
    fsub d0, d0, d1
    fcmp d0, d0
    fmov x9, d0
    csel x9, x10, x9, vs
    str x9, [x21, x8, lsl #3]
    b {jump26:_JIT_CONTINUE}
