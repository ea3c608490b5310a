    add x8, x24, #127
    cmp x24, #0
    csel x8, x8, x24, lt
    asr x24, x8, #7
    b {jump26:_JIT_CONTINUE}
