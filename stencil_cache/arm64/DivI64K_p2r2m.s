    ldr x8, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    add x9, x8, #3
    cmp x8, #0
    csel x8, x9, x8, lt
    asr x26, x8, #2
    b {jump26:_JIT_CONTINUE}
