    sub sp, sp, #48
    stp x29, x30, [sp, #32]
    mov x29, x23
    mov x23, x22
    ldp x12, x8, [x29, #32]
    mov x24, x21
    mov x26, x20
    cmp x12, x8
    b.hs L16
    movz x9, #{uabs_g0:_JIT_FRAME_I}
    movz x8, #{uabs_g0:_JIT_CALLEE_I}
    ldr x10, [x29, #48]
    add x20, x26, x9, lsl #3
    add x9, x20, x8, lsl #3
    cmp x10, x9
    b.lo L16
    movz x10, #{uabs_g0:_JIT_FRAME_F}
    movz x9, #{uabs_g0:_JIT_CALLEE_F}
    ldr x11, [x29, #56]
    add x21, x24, x10, lsl #3
    add x10, x21, x9, lsl #3
    cmp x11, x10
    b.lo L16
    movz x11, #{uabs_g0:_JIT_FRAME_C}
    movz x10, #{uabs_g0:_JIT_CALLEE_C}
    ldr x13, [x29, #64]
    add x22, x23, x11, lsl #3
    add x11, x22, x10, lsl #3
    cmp x13, x11
    b.lo L16
    movz x11, #{uabs_g0:_JIT_NARGS}
    cbz x11, L10
    movz x15, #{uabs_g0:_JIT_B}
    movz x16, #{abs_g0:_JIT_SIG}
    movk x16, #{uabs_g1:_JIT_SIG}, lsl #16
    ldr x17, [x29, #112]
    mov x12, xzr
    add x13, x26, x15, lsl #3
    add x14, x24, x15, lsl #3
    add x15, x23, x15, lsl #3
    add x16, x17, x16
L0:
    ldrb w17, [x16, x12]
    cmp x12, x8
    b.hs L3
    cbz w17, L1
    mov x19, xzr
    b L2
L1:
    ldr x19, [x13, x12, lsl #3]
L2:
    str x19, [x20, x12, lsl #3]
L3:
    cmp x12, x9
    b.hs L6
    cmp w17, #1
    b.ne L4
    ldr x19, [x14, x12, lsl #3]
    b L5
L4:
    mov x19, xzr
L5:
    str x19, [x21, x12, lsl #3]
L6:
    cmp x12, x10
    b.hs L9
    cmp w17, #2
    b.ne L7
    ldr x17, [x15, x12, lsl #3]
    b L8
L7:
    mov x17, xzr
L8:
    str x17, [x22, x12, lsl #3]
L9:
    add x12, x12, #1
    cmp x11, x12
    b.ne L0
    ldr x12, [x29, #32]
L10:
    str x23, [sp, #24]
    add x8, x12, #1
    mov x23, x29
    stp x26, x24, [sp, #8]
    str x8, [x29, #32]
    bl {call26:_JIT_CALLEE}
    ldr x8, [x29, #32]
    ldr x9, [x29]
    sub x8, x8, #1
    str x8, [x29, #32]
    cbnz x9, L17
    movz x8, #{uabs_g0:_JIT_CONV}
    cmp x8, #2
    b.gt L11
    cbz x8, L12
    cmp x8, #1
    b.eq L15
    cmp x8, #2
    b.ne L14
    movz x8, #{uabs_g0:_JIT_A}
    ldp x21, x22, [sp, #16]
    mov x9, #-1688849860263936
    ldr x20, [sp, #8]
    bfxil x9, x0, #0, #48
    str x9, [x22, x8, lsl #3]
    b L19
L11:
    cmp x8, #3
    b.eq L13
    cmp x8, #4
    b.eq L18
    cmp x8, #5
    b.ne L14
    movz x8, #{uabs_g0:_JIT_A}
    ldp x21, x22, [sp, #16]
    and x9, x0, #0x7fffffffffffffff
    mov x10, #9218868437227405312
    cmp x9, x10
    mov x9, #9221120237041090560
    ldr x20, [sp, #8]
    csel x9, x9, x0, hi
    str x9, [x22, x8, lsl #3]
    b L19
L12:
    movz x8, #{uabs_g0:_JIT_A}
    ldp x20, x21, [sp, #8]
    ldr x22, [sp, #24]
    str x0, [x20, x8, lsl #3]
    b L19
L13:
    fmov d0, x0
    movz x9, #{uabs_g0:_JIT_A}
    and x10, x0, #0x7fe0000000000000
    ldp x20, x21, [sp, #8]
    mov x11, #4886405595696988160
    ldr x22, [sp, #24]
    fcvtzs x8, d0
    cmp x10, x11
    mov x10, #-9223372036854775808
    csel x8, x10, x8, hi
    str x8, [x20, x9, lsl #3]
    b L19
L14:
    movz x8, #{uabs_g0:_JIT_A}
    ldp x21, x22, [sp, #16]
    ldr x20, [sp, #8]
    str x0, [x22, x8, lsl #3]
    b L19
L15:
    movz x8, #{uabs_g0:_JIT_A}
    scvtf d0, x0
    ldr x20, [sp, #8]
    ldp x21, x22, [sp, #16]
    str d0, [x21, x8, lsl #3]
    b L19
L16:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov x22, x23
    mov x23, x29
    ldp x29, x30, [sp, #32]
    mov x20, x26
    mov x21, x24
    mov w24, #4
    add sp, sp, #48
    b {jump26:jit_rt_fail}
L17:
    ldp x29, x30, [sp, #32]
    add sp, sp, #48
    ret
L18:
    movz x8, #{uabs_g0:_JIT_A}
    ldp x21, x22, [sp, #16]
    ldr x20, [sp, #8]
    str x0, [x21, x8, lsl #3]
L19:
    mov x23, x29
    ldp x29, x30, [sp, #32]
    add sp, sp, #48
    b {jump26:_JIT_CONTINUE}
