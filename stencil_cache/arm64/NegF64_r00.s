    fmov x9, d0
    mov x8, #-9223372036854775808
    eor x8, x8, x9
    fmov d0, x8
    b {jump26:_JIT_CONTINUE}
