    movz x8, #{uabs_g0:_JIT_B}
    ldr d3, [x20, x8, lsl #3]
    scvtf d3, d3
    b {jump26:_JIT_CONTINUE}
