    ldr d2, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    scvtf d2, d2
    b {jump26:_JIT_CONTINUE}
