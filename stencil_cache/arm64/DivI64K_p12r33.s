    add x8, x27, #4095
    cmp x27, #0
    csel x8, x8, x27, lt
    asr x27, x8, #12
    b {jump26:_JIT_CONTINUE}
