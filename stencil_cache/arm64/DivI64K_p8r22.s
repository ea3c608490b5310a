    add x8, x26, #255
    cmp x26, #0
    csel x8, x8, x26, lt
    asr x26, x8, #8
    b {jump26:_JIT_CONTINUE}
