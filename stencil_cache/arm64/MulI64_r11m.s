    ldr x8, [x20, #{ldst64_abs12:_JIT_C_OFF}]
    mul x25, x8, x25
    b {jump26:_JIT_CONTINUE}
