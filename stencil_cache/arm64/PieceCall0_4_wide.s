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
    movz x8, #{uabs_g0:_JIT_A}
    str x0, [x21, x8, lsl #3]
    ldr x30, [sp], #16
    b {jump26:_JIT_CONTINUE}
