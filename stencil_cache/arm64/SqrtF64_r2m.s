    ldr d2, [x21, #{ldst64_abs12:_JIT_B_OFF}]
    fsqrt d2, d2
    fcmp d2, d2
    b.vc L0
    mov x8, #9221120237041090560
    fmov d2, x8
L0:
    b {jump26:_JIT_CONTINUE}
