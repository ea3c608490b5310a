    ldr x0, [x22, #{ldst64_abs12:_JIT_A_OFF}]
    ret
