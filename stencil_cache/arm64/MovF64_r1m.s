    ldr d1, [x21, #{ldst64_abs12:_JIT_B_OFF}]
    b {jump26:_JIT_CONTINUE}
