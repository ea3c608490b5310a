    add x8, x26, #15
    cmp x26, #0
    csel x8, x8, x26, lt
    asr x26, x8, #4
    b {jump26:_JIT_CONTINUE}
