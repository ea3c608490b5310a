    movz x8, #{uabs_g0:_JIT_B}
    ldr d2, [x20, x8, lsl #3]
    scvtf d2, d2
    b {jump26:_JIT_CONTINUE}
