    ldr x0, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    ret
