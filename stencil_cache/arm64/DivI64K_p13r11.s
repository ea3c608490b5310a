    mov w8, #8191
    cmp x25, #0
    add x8, x25, x8
    csel x8, x8, x25, lt
    asr x25, x8, #13
    b {jump26:_JIT_CONTINUE}
