    ldr d4, [x21, #{ldst64_abs12:_JIT_C_OFF}]
    fadd d0, d4, d0
    fcmp d0, d0
    b.vc L0
    mov x8, #9221120237041090560
    fmov d0, x8
L0:
    b {jump26:_JIT_CONTINUE}
