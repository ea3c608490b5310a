    add x8, x25, x25, lsr #63
    asr x25, x8, #1
    b {jump26:_JIT_CONTINUE}
