    movz x8, #{uabs_g0:_JIT_B}
    movz x9, #{uabs_g0:_JIT_A}
    ldr x8, [x20, x8, lsl #3]
    add x8, x8, x8, lsr #63
    asr x8, x8, #1
    str x8, [x20, x9, lsl #3]
    b {jump26:_JIT_CONTINUE}
