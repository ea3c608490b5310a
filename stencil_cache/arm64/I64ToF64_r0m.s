    movz x8, #{uabs_g0:_JIT_B}
    ldr d0, [x20, x8, lsl #3]
    scvtf d0, d0
    b {jump26:_JIT_CONTINUE}
