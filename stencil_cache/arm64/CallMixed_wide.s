    sub sp, sp, #32
    ldp x10, x8, [x23, #32]
    mov x9, x20
    stp x29, x30, [sp, #16]
    cmp x10, x8
    b.hs L21
    movz x8, #{abs_g0:_JIT_CALLEE_END_I}
    movk x8, #{uabs_g1:_JIT_CALLEE_END_I}, lsl #16
    ldr x11, [x23, #48]
    add x8, x9, x8, lsl #3
    cmp x11, x8
    b.lo L21
    movz x8, #{abs_g0:_JIT_CALLEE_END_F}
    movk x8, #{uabs_g1:_JIT_CALLEE_END_F}, lsl #16
    ldr x11, [x23, #56]
    add x8, x21, x8, lsl #3
    cmp x11, x8
    b.lo L21
    movz x8, #{abs_g0:_JIT_CALLEE_END_C}
    movk x8, #{uabs_g1:_JIT_CALLEE_END_C}, lsl #16
    ldr x11, [x23, #64]
    add x8, x22, x8, lsl #3
    cmp x11, x8
    b.lo L21
    movz x11, #{uabs_g0:_JIT_FRAME_F}
    movz x8, #{uabs_g0:_JIT_FRAME_I}
    movz x12, #{uabs_g0:_JIT_FRAME_C}
    movz x14, #{abs_g0:_JIT_SIG}
    movk x14, #{uabs_g1:_JIT_SIG}, lsl #16
    ldr x13, [x23, #112]
    lsl x11, x11, #3
    lsl x29, x8, #3
    lsl x17, x12, #3
    str x11, [sp, #8]
    add x8, x21, x11
    add x11, x13, x14
    movz x12, #{uabs_g0:_JIT_NARGS}
    movz x14, #{uabs_g0:_JIT_CALLEE_I}
    movz x13, #{uabs_g0:_JIT_B}
    add x20, x9, x29
    cbz x14, L4
    add x9, x9, x13, lsl #3
    mov x15, xzr
L0:
    cmp x15, x12
    b.hs L1
    ldrb w16, [x11, x15]
    cbz w16, L2
    mov x16, xzr
    b L3
L1:
    mov x16, xzr
    b L3
L2:
    ldr x16, [x9, x15, lsl #3]
L3:
    str x16, [x20, x15, lsl #3]
    add x15, x15, #1
    cmp x14, x15
    b.ne L0
L4:
    movz x14, #{uabs_g0:_JIT_CALLEE_F}
    lsl x13, x13, #3
    add x9, x22, x17
    str x17, [sp]
    cbz x14, L9
    mov x15, xzr
    add x16, x21, x13
L5:
    cmp x15, x12
    b.hs L6
    ldrb w17, [x11, x15]
    cmp w17, #1
    b.ne L7
    ldr x17, [x16, x15, lsl #3]
    b L8
L6:
    mov x17, xzr
    b L8
L7:
    mov x17, xzr
L8:
    str x17, [x8, x15, lsl #3]
    add x15, x15, #1
    cmp x14, x15
    b.ne L5
L9:
    movz x14, #{uabs_g0:_JIT_CALLEE_C}
    cbz x14, L14
    mov x15, xzr
    add x13, x22, x13
L10:
    cmp x15, x12
    b.hs L11
    ldrb w16, [x11, x15]
    cmp w16, #2
    b.ne L12
    ldr x16, [x13, x15, lsl #3]
    b L13
L11:
    mov x16, xzr
    b L13
L12:
    mov x16, xzr
L13:
    str x16, [x9, x15, lsl #3]
    add x15, x15, #1
    cmp x14, x15
    b.ne L10
L14:
    mov x21, x8
    ldr x8, [x23, #136]
    mov x22, x9
    ldr x9, [x23, #120]
    str x9, [x8, x10, lsl #3]
    add x8, x10, #1
    ldr x9, [x23, #80]
    str x8, [x23, #32]
    str x9, [x23, #120]
    bl {call26:_JIT_CALLEE}
    ldr x8, [x23, #32]
    ldr x10, [x23]
    sub x9, x8, #1
    str x9, [x23, #32]
    cbnz x10, L22
    movz x8, #{uabs_g0:_JIT_CONV}
    ldr x11, [sp, #8]
    sub x20, x20, x29
    sub x21, x21, x11
    ldr x11, [sp]
    mov x10, x8
    sub x22, x22, x11
    sub x10, x10, #6
    cmp x10, #3
    b.lo L15
    ldp x10, x11, [x23, #120]
    cmp x10, x11
    csel x10, x10, x11, hi
    str x10, [x23, #80]
L15:
    ldr x10, [x23, #136]
    cmp x8, #2
    ldr x9, [x10, x9, lsl #3]
    str x9, [x23, #120]
    b.gt L16
    cbz x8, L17
    cmp x8, #1
    b.eq L20
    cmp x8, #2
    b.ne L19
    movz x8, #{uabs_g0:_JIT_A}
    mov x9, #-1688849860263936
    bfxil x9, x0, #0, #48
    str x9, [x22, x8, lsl #3]
    b L24
L16:
    cmp x8, #3
    b.eq L18
    cmp x8, #4
    b.eq L23
    cmp x8, #5
    b.ne L19
    movz x8, #{uabs_g0:_JIT_A}
    and x9, x0, #0x7fffffffffffffff
    mov x10, #9218868437227405312
    cmp x9, x10
    mov x9, #9221120237041090560
    csel x9, x9, x0, hi
    str x9, [x22, x8, lsl #3]
    b L24
L17:
    movz x8, #{uabs_g0:_JIT_A}
    str x0, [x20, x8, lsl #3]
    b L24
L18:
    fmov d0, x0
    movz x9, #{uabs_g0:_JIT_A}
    and x10, x0, #0x7fe0000000000000
    mov x11, #4886405595696988160
    cmp x10, x11
    mov x10, #-9223372036854775808
    fcvtzs x8, d0
    csel x8, x10, x8, hi
    str x8, [x20, x9, lsl #3]
    b L24
L19:
    movz x8, #{uabs_g0:_JIT_A}
    str x0, [x22, x8, lsl #3]
    b L24
L20:
    movz x8, #{uabs_g0:_JIT_A}
    scvtf d0, x0
    str d0, [x21, x8, lsl #3]
    b L24
L21:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    ldp x29, x30, [sp, #16]
    mov x20, x9
    mov w24, #4
    add sp, sp, #32
    b {jump26:jit_rt_fail}
L22:
    ldp x29, x30, [sp, #16]
    add sp, sp, #32
    ret
L23:
    movz x8, #{uabs_g0:_JIT_A}
    str x0, [x21, x8, lsl #3]
L24:
    ldp x29, x30, [sp, #16]
    add sp, sp, #32
    b {jump26:_JIT_CONTINUE}
