    movz x12, #{uabs_g0:_JIT_CALLEE_I}
    ldr x9, [x23, #48]
    add x8, x20, x12, lsl #3
    cmp x9, x8
    b.lo L14
    movz x9, #{uabs_g0:_JIT_CALLEE_F}
    ldr x10, [x23, #56]
    add x8, x21, x9, lsl #3
    cmp x10, x8
    b.lo L14
    movz x8, #{uabs_g0:_JIT_CALLEE_C}
    ldr x11, [x23, #64]
    add x10, x22, x8, lsl #3
    cmp x11, x10
    b.lo L14
    movz x13, #{uabs_g0:_JIT_B}
    movz x14, #{abs_g0:_JIT_SIG}
    movk x14, #{uabs_g1:_JIT_SIG}, lsl #16
    movz x10, #{uabs_g0:_JIT_NARGS}
    ldr x11, [x23, #112]
    lsl x13, x13, #3
    add x11, x11, x14
    cbz x12, L4
    mov x14, xzr
    add x15, x20, x13
L0:
    cmp x14, x10
    b.hs L1
    ldrb w16, [x11, x14]
    cbz w16, L2
    mov x16, xzr
    b L3
L1:
    mov x16, xzr
    b L3
L2:
    ldr x16, [x15, x14, lsl #3]
L3:
    str x16, [x20, x14, lsl #3]
    add x14, x14, #1
    cmp x12, x14
    b.ne L0
L4:
    cbz x9, L9
    mov x12, xzr
    add x14, x21, x13
L5:
    cmp x12, x10
    b.hs L6
    ldrb w15, [x11, x12]
    cmp w15, #1
    b.ne L7
    ldr x15, [x14, x12, lsl #3]
    b L8
L6:
    mov x15, xzr
    b L8
L7:
    mov x15, xzr
L8:
    str x15, [x21, x12, lsl #3]
    add x12, x12, #1
    cmp x9, x12
    b.ne L5
L9:
    cbz x8, {condbr19:_JIT_CALLEE}
    mov x9, xzr
    add x12, x22, x13
L10:
    cmp x9, x10
    b.hs L11
    ldrb w13, [x11, x9]
    cmp w13, #2
    b.ne L12
    ldr x13, [x12, x9, lsl #3]
    b L13
L11:
    mov x13, xzr
    b L13
L12:
    mov x13, xzr
L13:
    str x13, [x22, x9, lsl #3]
    add x9, x9, #1
    cmp x8, x9
    b.ne L10
    b {jump26:_JIT_CALLEE}
L14:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #4
    b {jump26:jit_rt_fail}
