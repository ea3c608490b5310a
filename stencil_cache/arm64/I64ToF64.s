    movz x8, #{uabs_g0:_JIT_B}
    fmov d1, d0
    ldr d0, [x20, x8, lsl #3]
    movz x8, #{uabs_g0:_JIT_A}
    scvtf d0, d0
    str d0, [x21, x8, lsl #3]
    b {jump26:_JIT_CONTINUE}
