    ldr x27, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    b {jump26:_JIT_CONTINUE}
