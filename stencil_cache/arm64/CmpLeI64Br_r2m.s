    ldr x8, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    cmp x8, x26
    b.ge {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
