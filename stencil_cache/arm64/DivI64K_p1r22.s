    add x8, x26, x26, lsr #63
    asr x26, x8, #1
    b {jump26:_JIT_CONTINUE}
