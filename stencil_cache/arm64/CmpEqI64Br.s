    ldr x8, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    ldr x9, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    cmp x8, x9
    b.eq {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
