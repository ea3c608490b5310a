    movz x8, #{uabs_g0:_JIT_B}
    ldr x8, [x20, x8, lsl #3]
    add x9, x8, #511
    cmp x8, #0
    csel x8, x9, x8, lt
    asr x24, x8, #9
    b {jump26:_JIT_CONTINUE}
