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
    fmov d0, x0
    and x8, x0, #0x7fe0000000000000
    mov x10, #4886405595696988160
    mov x11, #-9223372036854775808
    cmp x8, x10
    fcvtzs x12, d0
    csel x8, x11, x12, hi
    str x8, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    ldr x30, [sp], #16
    b {jump26:_JIT_CONTINUE}
