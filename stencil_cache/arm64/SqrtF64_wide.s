    movz x8, #{uabs_g0:_JIT_B}
    ldr d4, [x21, x8, lsl #3]
    movz x8, #{uabs_g0:_JIT_A}
    fsqrt d4, d4
    fcmp d4, d4
    b.vc L0
    mov x9, #9221120237041090560
    str x9, [x21, x8, lsl #3]
    b L1
L0:
    str d4, [x21, x8, lsl #3]
L1:
    b {jump26:_JIT_CONTINUE}
