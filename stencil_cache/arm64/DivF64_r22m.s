    movz x8, #{uabs_g0:_JIT_C}
    ldr d4, [x21, x8, lsl #3]
    fdiv d2, d2, d4
    fcmp d2, d2
    b.vc L0
    mov x8, #9221120237041090560
    fmov d2, x8
L0:
    b {jump26:_JIT_CONTINUE}
