    movz x8, #{uabs_g0:_JIT_C}
    fmov d1, d0
    ldr d0, [x21, x8, lsl #3]
    movz x8, #{uabs_g0:_JIT_A}
    fadd d0, d0, d1
    fcmp d0, d0
    b.vc L0
    mov x9, #9221120237041090560
    fmov d0, x9
    str x9, [x21, x8, lsl #3]
    b L1
L0:
    str d0, [x21, x8, lsl #3]
L1:
    b {jump26:_JIT_CONTINUE}
