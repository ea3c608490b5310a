    add x8, x24, x24, lsr #63
    asr x24, x8, #1
    b {jump26:_JIT_CONTINUE}
