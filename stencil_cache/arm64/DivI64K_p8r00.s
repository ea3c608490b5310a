    add x8, x24, #255
    cmp x24, #0
    csel x8, x8, x24, lt
    asr x24, x8, #8
    b {jump26:_JIT_CONTINUE}
