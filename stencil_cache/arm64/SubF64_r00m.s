    movz x8, #{uabs_g0:_JIT_C}
    ldr d4, [x21, x8, lsl #3]
    fsub d0, d0, d4
    fcmp d0, d0
    b.vc L0
    mov x8, #9221120237041090560
    fmov d0, x8
L0:
    b {jump26:_JIT_CONTINUE}
