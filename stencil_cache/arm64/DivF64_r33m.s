    ldr d4, [x21, #{ldst64_abs12:_JIT_C_OFF}]
    fdiv d3, d3, d4
    fcmp d3, d3
    b.vc L0
    mov x8, #9221120237041090560
    fmov d3, x8
L0:
    b {jump26:_JIT_CONTINUE}
