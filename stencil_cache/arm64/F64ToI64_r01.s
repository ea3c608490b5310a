    fmov x9, d1
    fcvtzs x8, d1
    mov x10, #4886405595696988160
    and x9, x9, #0x7fe0000000000000
    cmp x9, x10
    mov x9, #-9223372036854775808
    csel x24, x9, x8, hi
    b {jump26:_JIT_CONTINUE}
