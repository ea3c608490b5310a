    movz x8, #{uabs_g0:_JIT_B}
    movz x9, #{uabs_g0:_JIT_A}
    mov x10, #-9223372036854775808
    ldr x8, [x21, x8, lsl #3]
    eor x8, x10, x8
    str x8, [x21, x9, lsl #3]
    b {jump26:_JIT_CONTINUE}
