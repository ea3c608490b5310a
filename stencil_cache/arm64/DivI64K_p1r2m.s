    ldr x8, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    add x8, x8, x8, lsr #63
    asr x26, x8, #1
    b {jump26:_JIT_CONTINUE}
