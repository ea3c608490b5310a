    movz x9, #{sabs_g0:_JIT_K}
    ldr x8, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    mul x26, x8, x9
    b {jump26:_JIT_CONTINUE}
