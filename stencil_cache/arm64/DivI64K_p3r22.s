    add x8, x26, #7
    cmp x26, #0
    csel x8, x8, x26, lt
    asr x26, x8, #3
    b {jump26:_JIT_CONTINUE}
