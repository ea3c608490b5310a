    ldr d0, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    scvtf d0, d0
    b {jump26:_JIT_CONTINUE}
