    ldr x10, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    add x9, x10, #{add_abs12s:_JIT_K}
    str x9, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    b {jump26:_JIT_CONTINUE}
