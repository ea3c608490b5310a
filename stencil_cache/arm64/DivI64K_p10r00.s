    add x8, x24, #1023
    cmp x24, #0
    csel x8, x8, x24, lt
    asr x24, x8, #10
    b {jump26:_JIT_CONTINUE}
