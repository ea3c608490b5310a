    str x30, [sp, #-16]!
    ldr x8, [x23, #32]
    add x8, x8, #1
    str x8, [x23, #32]
    bl {call26:_JIT_CALLEE}
    ldr x8, [x23, #32]
    ldr x9, [x23]
    sub x8, x8, #1
    str x8, [x23, #32]
    cbz x9, L0
    ldr x30, [sp], #16
    ret
L0:
    str x0, [x22, #{ldst64_abs12:_JIT_A_OFF}]
    ldr x30, [sp], #16
    b {jump26:_JIT_CONTINUE}
