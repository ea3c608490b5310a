    movz x8, #{uabs_g0:_JIT_B}
    mov x10, #4886405595696988160
    ldr d4, [x21, x8, lsl #3]
    fmov x9, d4
    fcvtzs x8, d4
    and x9, x9, #0x7fe0000000000000
    cmp x9, x10
    mov x9, #-9223372036854775808
    csel x26, x9, x8, hi
    b {jump26:_JIT_CONTINUE}
