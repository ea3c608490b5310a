    ldr x8, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    add x25, x8, #{add_abs12s:_JIT_K}
    b {jump26:_JIT_CONTINUE}
