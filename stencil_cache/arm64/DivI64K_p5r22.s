    add x8, x26, #31
    cmp x26, #0
    csel x8, x8, x26, lt
    asr x26, x8, #5
    b {jump26:_JIT_CONTINUE}
