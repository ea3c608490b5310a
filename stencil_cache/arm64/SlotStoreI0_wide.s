    movz x8, #{uabs_g0:_JIT_A}
    str x24, [x20, x8, lsl #3]
    b {jump26:_JIT_CONTINUE}
