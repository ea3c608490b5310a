    add x8, x25, #1023
    cmp x25, #0
    csel x8, x8, x25, lt
    asr x25, x8, #10
    b {jump26:_JIT_CONTINUE}
