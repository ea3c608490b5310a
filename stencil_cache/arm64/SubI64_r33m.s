    ldr x8, [x20, #{ldst64_abs12:_JIT_C_OFF}]
    sub x27, x27, x8
    b {jump26:_JIT_CONTINUE}
