    movz x8, #{uabs_g0:_JIT_B}
    ldr d3, [x21, x8, lsl #3]
    fsqrt d3, d3
    fcmp d3, d3
    b.vc L0
    mov x8, #9221120237041090560
    fmov d3, x8
L0:
    b {jump26:_JIT_CONTINUE}
