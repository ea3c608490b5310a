    ldr x10, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    ldr x9, [x20, #{ldst64_abs12:_JIT_C_OFF}]
    sub x9, x10, x9
    str x9, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    b {jump26:_JIT_CONTINUE}
