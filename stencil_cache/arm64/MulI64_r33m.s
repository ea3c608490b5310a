    ldr x8, [x20, #{ldst64_abs12:_JIT_C_OFF}]
    mul x27, x8, x27
    b {jump26:_JIT_CONTINUE}
