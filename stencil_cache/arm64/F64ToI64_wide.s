    movz x8, #{uabs_g0:_JIT_B}
    mov x11, #4886405595696988160
    ldr d4, [x21, x8, lsl #3]
    movz x8, #{uabs_g0:_JIT_A}
    fmov x10, d4
    fcvtzs x9, d4
    and x10, x10, #0x7fe0000000000000
    cmp x10, x11
    mov x10, #-9223372036854775808
    csel x9, x10, x9, hi
    str x9, [x20, x8, lsl #3]
    b {jump26:_JIT_CONTINUE}
