    ldr d3, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    scvtf d3, d3
    b {jump26:_JIT_CONTINUE}
