    movz x8, #{uabs_g0:_JIT_B}
    ldr x8, [x20, x8, lsl #3]
    add x8, x8, x8, lsr #63
    asr x27, x8, #1
    b {jump26:_JIT_CONTINUE}
