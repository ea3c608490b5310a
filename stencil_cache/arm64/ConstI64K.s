    movz x9, #{sabs_g0:_JIT_K}
    str x9, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    b {jump26:_JIT_CONTINUE}
