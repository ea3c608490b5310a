    movz x8, #{uabs_g0:_JIT_B}
    movz x9, #{uabs_g0:_JIT_C}
    movz x10, #{uabs_g0:_JIT_D}
    ldr d4, [x21, x8, lsl #3]
    ldr d5, [x21, x9, lsl #3]
    ldr d6, [x21, x10, lsl #3]
    movz x8, #{uabs_g0:_JIT_A}
    fmadd d4, d4, d5, d6
    fcmp d4, d4
    b.vc L0
    mov x9, #9221120237041090560
    str x9, [x21, x8, lsl #3]
    b L1
L0:
    str d4, [x21, x8, lsl #3]
L1:
    b {jump26:_JIT_CONTINUE}
