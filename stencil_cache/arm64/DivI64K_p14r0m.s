    mov w9, #16383
    ldr x8, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    add x9, x8, x9
    cmp x8, #0
    csel x8, x9, x8, lt
    asr x24, x8, #14
    b {jump26:_JIT_CONTINUE}
