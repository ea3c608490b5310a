    ldr x8, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    add x10, x8, #7
    cmp x8, #0
    csel x8, x10, x8, lt
    asr x8, x8, #3
    str x8, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    b {jump26:_JIT_CONTINUE}
