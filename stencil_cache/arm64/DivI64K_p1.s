    ldr x8, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    add x8, x8, x8, lsr #63
    asr x8, x8, #1
    str x8, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    b {jump26:_JIT_CONTINUE}
