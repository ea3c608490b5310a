    mov x10, #4886405595696988160
    ldr d4, [x21, #{ldst64_abs12:_JIT_B_OFF}]
    fmov x9, d4
    fcvtzs x8, d4
    and x9, x9, #0x7fe0000000000000
    cmp x9, x10
    mov x9, #-9223372036854775808
    csel x27, x9, x8, hi
    b {jump26:_JIT_CONTINUE}
