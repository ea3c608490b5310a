    movz x8, #{uabs_g0:_JIT_B}
    mov w9, #16383
    movz x10, #{uabs_g0:_JIT_A}
    ldr x8, [x20, x8, lsl #3]
    add x9, x8, x9
    cmp x8, #0
    csel x8, x9, x8, lt
    asr x8, x8, #14
    str x8, [x20, x10, lsl #3]
    b {jump26:_JIT_CONTINUE}
