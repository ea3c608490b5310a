    add x8, x27, #1023
    cmp x27, #0
    csel x8, x8, x27, lt
    asr x27, x8, #10
    b {jump26:_JIT_CONTINUE}
