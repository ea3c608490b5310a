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
    and x8, x0, #0x7fffffffffffffff
    mov x9, #9218868437227405312
    mov x10, #9221120237041090560
    cmp x8, x9
    csel x8, x10, x0, hi
    str x8, [x22, #{ldst64_abs12:_JIT_A_OFF}]
    ldr x30, [sp], #16
    b {jump26:_JIT_CONTINUE}
