    fmov x9, d2
    mov x8, #-9223372036854775808
    eor x8, x8, x9
    fmov d2, x8
    b {jump26:_JIT_CONTINUE}
