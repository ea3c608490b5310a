    movz x8, #{uabs_g0:_JIT_B}
    ldr x8, [x20, x8, lsl #3]
    add x9, x8, #2047
    cmp x8, #0
    csel x8, x9, x8, lt
    asr x27, x8, #11
    b {jump26:_JIT_CONTINUE}
