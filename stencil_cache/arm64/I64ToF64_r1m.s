    ldr d1, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    scvtf d1, d1
    b {jump26:_JIT_CONTINUE}
