    ldr x8, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    add x9, x8, #127
    cmp x8, #0
    csel x8, x9, x8, lt
    asr x25, x8, #7
    b {jump26:_JIT_CONTINUE}
