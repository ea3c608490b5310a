    fmov x9, d3
    mov x8, #-9223372036854775808
    eor x8, x8, x9
    fmov d3, x8
    b {jump26:_JIT_CONTINUE}
