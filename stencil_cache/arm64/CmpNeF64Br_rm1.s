    ldr d4, [x21, #{ldst64_abs12:_JIT_A_OFF}]
    fcmp d4, d1
    b.ne {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
