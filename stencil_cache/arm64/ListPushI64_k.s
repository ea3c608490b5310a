    movz x10, #{uabs_g0:_JIT_B}
    mov x2, #-1688849860263936
    ldr x1, [x22, #{ldst64_abs12:_JIT_A_OFF}]
    ldr x8, [x23, #72]
    ldr x11, [x20, x10, lsl #3]
    ubfiz x9, x1, #3, #32
    bfxil x2, x11, #0, #48
    add x9, x9, x8
    ldp x10, x12, [x9]
    cmp x10, x12
    b.lo L0
    str x30, [sp, #-16]!
    movz x3, #{abs_g0:_JIT_ERRLOC}
    movk x3, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov x0, x23
    bl {call26:jit_rt_list_push}
    ldr x30, [sp], #16
    cbnz x0, L1
    ret
L0:
    ldr x11, [x9, #16]
    add x8, x11, x8
    add x11, x10, #1
    str x2, [x8, x10, lsl #3]
    str x11, [x9]
L1:
    b {jump26:_JIT_CONTINUE}
