    ldr d4, [x21, #{ldst64_abs12:_JIT_B_OFF}]
    ldr d5, [x21, #{ldst64_abs12:_JIT_C_OFF}]
    fdiv d4, d4, d5
    fcmp d4, d4
    b.vc L0
    mov x9, #9221120237041090560
    str x9, [x21, #{ldst64_abs12:_JIT_A_OFF}]
    b L1
L0:
    str d4, [x21, #{ldst64_abs12:_JIT_A_OFF}]
L1:
    b {jump26:_JIT_CONTINUE}
