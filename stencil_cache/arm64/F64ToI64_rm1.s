    fmov x10, d1
    fcvtzs x9, d1
    mov x11, #4886405595696988160
    and x10, x10, #0x7fe0000000000000
    cmp x10, x11
    mov x10, #-9223372036854775808
    csel x9, x10, x9, hi
    str x9, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    b {jump26:_JIT_CONTINUE}
