    movz x8, #{uabs_g0:_JIT_B}
    movz x9, #{uabs_g0:_JIT_A}
    ldr x8, [x20, x8, lsl #3]
    add x10, x8, #3
    cmp x8, #0
    csel x8, x10, x8, lt
    asr x8, x8, #2
    str x8, [x20, x9, lsl #3]
    b {jump26:_JIT_CONTINUE}
