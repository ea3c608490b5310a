    add x8, x25, #15
    cmp x25, #0
    csel x8, x8, x25, lt
    asr x25, x8, #4
    b {jump26:_JIT_CONTINUE}
