    add x8, x25, #255
    cmp x25, #0
    csel x8, x8, x25, lt
    asr x25, x8, #8
    b {jump26:_JIT_CONTINUE}
