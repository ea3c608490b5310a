    mov x10, #-9223372036854775808
    ldr x8, [x21, #{ldst64_abs12:_JIT_B_OFF}]
    eor x8, x10, x8
    str x8, [x21, #{ldst64_abs12:_JIT_A_OFF}]
    b {jump26:_JIT_CONTINUE}
