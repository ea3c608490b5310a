    fsqrt d4, d2
    fcmp d4, d4
    b.vc L0
    mov x9, #9221120237041090560
    str x9, [x21, #{ldst64_abs12:_JIT_A_OFF}]
    b L1
L0:
    str d4, [x21, #{ldst64_abs12:_JIT_A_OFF}]
L1:
    b {jump26:_JIT_CONTINUE}
