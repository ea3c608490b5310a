    movz x8, #{uabs_g0:_JIT_B}
    ldr d1, [x20, x8, lsl #3]
    scvtf d1, d1
    b {jump26:_JIT_CONTINUE}
