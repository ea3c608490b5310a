    mov w8, #8191
    cmp x26, #0
    add x8, x26, x8
    csel x8, x8, x26, lt
    asr x26, x8, #13
    b {jump26:_JIT_CONTINUE}
