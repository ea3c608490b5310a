    movz x8, #{uabs_g0:_JIT_B}
    mov x11, #4886405595696988160
    ldr x8, [x21, x8, lsl #3]
    fmov d0, x8
    and x9, x8, #0x7fe0000000000000
    movz x8, #{uabs_g0:_JIT_A}
    cmp x9, x11
    mov x9, #-9223372036854775808
    fcvtzs x10, d0
    csel x9, x9, x10, hi
    str x9, [x20, x8, lsl #3]
    b {jump26:_JIT_CONTINUE}
