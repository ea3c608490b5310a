    movz x9, #{sabs_g0:_JIT_K}
    ldr x8, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    sdiv x8, x8, x9
    str x8, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    b {jump26:_JIT_CONTINUE}
