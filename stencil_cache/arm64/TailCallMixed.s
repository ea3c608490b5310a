    movz x8, #{uabs_g0:_JIT_CALLEE_I}
    ldr x10, [x23, #48]
    add x9, x20, x8, lsl #3
    cmp x10, x9
    b.lo L10
    movz x9, #{uabs_g0:_JIT_CALLEE_F}
    ldr x11, [x23, #56]
    add x10, x21, x9, lsl #3
    cmp x11, x10
    b.lo L10
    movz x10, #{uabs_g0:_JIT_CALLEE_C}
    ldr x12, [x23, #64]
    add x11, x22, x10, lsl #3
    cmp x12, x11
    b.lo L10
    movz x11, #{uabs_g0:_JIT_NARGS}
    cbz x11, {condbr19:_JIT_CALLEE}
    movz x13, #{uabs_g0:_JIT_B}
    movz x14, #{abs_g0:_JIT_SIG}
    movk x14, #{uabs_g1:_JIT_SIG}, lsl #16
    ldr x15, [x23, #112]
    mov x12, xzr
    lsl x16, x13, #3
    add x13, x15, x14
    add x14, x22, x16
    add x15, x21, x16
    add x16, x20, x16
L0:
    ldrb w17, [x13, x12]
    cmp x12, x8
    b.hs L3
    cbz w17, L1
    mov x19, xzr
    b L2
L1:
    ldr x19, [x16, x12, lsl #3]
L2:
    str x19, [x20, x12, lsl #3]
L3:
    cmp x12, x9
    b.hs L6
    cmp w17, #1
    b.ne L4
    ldr x19, [x15, x12, lsl #3]
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
    ldr x17, [x14, x12, lsl #3]
    b L8
L7:
    mov x17, xzr
L8:
    str x17, [x22, x12, lsl #3]
L9:
    add x12, x12, #1
    cmp x11, x12
    b.ne L0
    b {jump26:_JIT_CALLEE}
L10:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #4
    b {jump26:jit_rt_fail}
