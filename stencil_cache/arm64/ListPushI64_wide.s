    movz x8, #{uabs_g0:_JIT_A}
    ldr x1, [x22, x8, lsl #3]
    mov w8, #-61440
    cmp x8, x1, lsr #32
    b.ne L0
    movz x10, #{uabs_g0:_JIT_B}
    ldr x8, [x23, #72]
    ubfiz x9, x1, #3, #32
    mov x2, #-1688849860263936
    add x9, x8, x9
    ldr x11, [x20, x10, lsl #3]
    ldp x10, x12, [x9]
    bfxil x2, x11, #0, #48
    cmp x10, x12
    b.lo L1
    str x30, [sp, #-16]!
    movz x3, #{abs_g0:_JIT_ERRLOC}
    movk x3, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov x0, x23
    bl {call26:jit_rt_list_push}
    ldr x30, [sp], #16
    cbnz x0, L2
    ret
L0:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #3
    b {jump26:jit_rt_fail}
L1:
    ldr x11, [x9, #16]
    add x8, x11, x8
    add x11, x10, #1
    str x2, [x8, x10, lsl #3]
    str x11, [x9]
L2:
    b {jump26:_JIT_CONTINUE}
