    ldr x0, [x21, #{ldst64_abs12:_JIT_A_OFF}]
    ret
