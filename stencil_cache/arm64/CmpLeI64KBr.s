    ldr x8, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    cmp x8, #{sub_abs12s:_JIT_K}
    b.le {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
