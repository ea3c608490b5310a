    add x8, x27, x27, lsr #63
    asr x27, x8, #1
    b {jump26:_JIT_CONTINUE}
