    sub sp, sp, #48
    stp x29, x30, [sp, #32]
    ldp x29, x8, [x23, #32]
    mov x16, x22
    mov x17, x21
    mov x19, x20
    cmp x29, x8
    b.hs L20
    movz x8, #{abs_g0:_JIT_CALLEE_END_I}
    movk x8, #{uabs_g1:_JIT_CALLEE_END_I}, lsl #16
    ldr x9, [x23, #48]
    add x8, x19, x8, lsl #3
    cmp x9, x8
    b.lo L20
    movz x8, #{abs_g0:_JIT_CALLEE_END_F}
    movk x8, #{uabs_g1:_JIT_CALLEE_END_F}, lsl #16
    ldr x9, [x23, #56]
    add x8, x17, x8, lsl #3
    cmp x9, x8
    b.lo L20
    movz x8, #{abs_g0:_JIT_CALLEE_END_C}
    movk x8, #{uabs_g1:_JIT_CALLEE_END_C}, lsl #16
    ldr x9, [x23, #64]
    add x8, x16, x8, lsl #3
    cmp x9, x8
    b.lo L20
    movz x8, #{uabs_g0:_JIT_FRAME_F}
    movz x9, #{uabs_g0:_JIT_FRAME_I}
    movz x11, #{abs_g0:_JIT_SIG}
    movk x11, #{uabs_g1:_JIT_SIG}, lsl #16
    ldr x12, [x23, #112]
    movz x10, #{uabs_g0:_JIT_FRAME_C}
    add x21, x17, x8, lsl #3
    add x20, x19, x9, lsl #3
    add x8, x12, x11
    movz x9, #{uabs_g0:_JIT_NARGS}
    movz x12, #{uabs_g0:_JIT_CALLEE_I}
    movz x11, #{uabs_g0:_JIT_B}
    cbz x12, L4
    add x13, x19, x11, lsl #3
    mov x14, xzr
L0:
    cmp x14, x9
    b.hs L1
    ldrb w15, [x8, x14]
    cbz w15, L2
    mov x15, xzr
    b L3
L1:
    mov x15, xzr
    b L3
L2:
    ldr x15, [x13, x14, lsl #3]
L3:
    str x15, [x20, x14, lsl #3]
    add x14, x14, #1
    cmp x12, x14
    b.ne L0
L4:
    movz x12, #{uabs_g0:_JIT_CALLEE_F}
    add x22, x16, x10, lsl #3
    lsl x10, x11, #3
    cbz x12, L9
    mov x11, xzr
    add x13, x17, x10
L5:
    cmp x11, x9
    b.hs L6
    ldrb w14, [x8, x11]
    cmp w14, #1
    b.ne L7
    ldr x14, [x13, x11, lsl #3]
    b L8
L6:
    mov x14, xzr
    b L8
L7:
    mov x14, xzr
L8:
    str x14, [x21, x11, lsl #3]
    add x11, x11, #1
    cmp x12, x11
    b.ne L5
L9:
    movz x11, #{uabs_g0:_JIT_CALLEE_C}
    cbz x11, L14
    mov x12, xzr
    add x10, x16, x10
L10:
    cmp x12, x9
    b.hs L11
    ldrb w13, [x8, x12]
    cmp w13, #2
    b.ne L12
    ldr x13, [x10, x12, lsl #3]
    b L13
L11:
    mov x13, xzr
    b L13
L12:
    mov x13, xzr
L13:
    str x13, [x22, x12, lsl #3]
    add x12, x12, #1
    cmp x11, x12
    b.ne L10
L14:
    add x8, x29, #1
    stp x19, x17, [sp]
    stp x16, x29, [sp, #16]
    mov x29, x23
    str x8, [x23, #32]
    bl {call26:_JIT_CALLEE}
    ldr x8, [x29]
    ldr x9, [sp, #24]
    str x9, [x29, #32]
    cbnz x8, L21
    movz x8, #{uabs_g0:_JIT_CONV}
    cmp x8, #2
    b.gt L15
    cbz x8, L16
    cmp x8, #1
    b.eq L19
    cmp x8, #2
    b.ne L18
    movz x8, #{uabs_g0:_JIT_A}
    ldp x21, x22, [sp, #8]
    mov x9, #-1688849860263936
    ldr x20, [sp]
    bfxil x9, x0, #0, #48
    str x9, [x22, x8, lsl #3]
    b L23
L15:
    cmp x8, #3
    b.eq L17
    cmp x8, #4
    b.eq L22
    cmp x8, #5
    b.ne L18
    movz x8, #{uabs_g0:_JIT_A}
    ldp x21, x22, [sp, #8]
    and x9, x0, #0x7fffffffffffffff
    mov x10, #9218868437227405312
    cmp x9, x10
    mov x9, #9221120237041090560
    ldr x20, [sp]
    csel x9, x9, x0, hi
    str x9, [x22, x8, lsl #3]
    b L23
L16:
    movz x8, #{uabs_g0:_JIT_A}
    ldp x20, x21, [sp]
    ldr x22, [sp, #16]
    str x0, [x20, x8, lsl #3]
    b L23
L17:
    fmov d0, x0
    movz x9, #{uabs_g0:_JIT_A}
    and x10, x0, #0x7fe0000000000000
    ldp x20, x21, [sp]
    mov x11, #4886405595696988160
    ldr x22, [sp, #16]
    fcvtzs x8, d0
    cmp x10, x11
    mov x10, #-9223372036854775808
    csel x8, x10, x8, hi
    str x8, [x20, x9, lsl #3]
    b L23
L18:
    movz x8, #{uabs_g0:_JIT_A}
    ldp x21, x22, [sp, #8]
    ldr x20, [sp]
    str x0, [x22, x8, lsl #3]
    b L23
L19:
    movz x8, #{uabs_g0:_JIT_A}
    scvtf d0, x0
    ldr x20, [sp]
    ldp x21, x22, [sp, #8]
    str d0, [x21, x8, lsl #3]
    b L23
L20:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    ldp x29, x30, [sp, #32]
    mov x20, x19
    mov x21, x17
    mov x22, x16
    mov w24, #4
    add sp, sp, #48
    b {jump26:jit_rt_fail}
L21:
    ldp x29, x30, [sp, #32]
    add sp, sp, #48
    ret
L22:
    movz x8, #{uabs_g0:_JIT_A}
    ldp x21, x22, [sp, #8]
    ldr x20, [sp]
    str x0, [x21, x8, lsl #3]
L23:
    mov x23, x29
    ldp x29, x30, [sp, #32]
    add sp, sp, #48
    b {jump26:_JIT_CONTINUE}
