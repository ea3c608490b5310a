    movz x8, #{uabs_g0:_JIT_DEOPT_PC}
    mov x0, xzr
    mov w9, #2
    str x9, [x23]
    str x8, [x23, #96]
    ret
