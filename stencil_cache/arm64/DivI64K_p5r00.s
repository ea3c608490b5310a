    add x8, x24, #31
    cmp x24, #0
    csel x8, x8, x24, lt
    asr x24, x8, #5
    b {jump26:_JIT_CONTINUE}
