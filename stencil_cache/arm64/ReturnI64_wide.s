    movz x8, #{uabs_g0:_JIT_A}
    ldr x0, [x20, x8, lsl #3]
    ret
