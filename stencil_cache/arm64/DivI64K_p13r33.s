    mov w8, #8191
    cmp x27, #0
    add x8, x27, x8
    csel x8, x8, x27, lt
    asr x27, x8, #13
    b {jump26:_JIT_CONTINUE}
