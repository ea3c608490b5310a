    mov w8, #8191
    cmp x24, #0
    add x8, x24, x8
    csel x8, x8, x24, lt
    asr x24, x8, #13
    b {jump26:_JIT_CONTINUE}
