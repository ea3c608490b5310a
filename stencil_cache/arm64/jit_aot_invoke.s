    sub sp, sp, #96
    stp x30, x25, [sp, #32]
    mov w9, #1
    stp x24, x23, [sp, #48]
    adrp x23, {page21:jit_aot_program}
    add x23, x23, {pageoff12:jit_aot_program}
    ldr x25, [x23, #64]
    ldr x8, [x23, #152]
    stp x20, x19, [sp, #80]
    adrp x19, {page21:jit_aot_state}
    add x19, x19, {pageoff12:jit_aot_state}
    str x9, [x19, #32]
    mov w9, #24
    mov x20, x1
    add x24, x19, x8
    madd x9, x25, x9, x24
    str xzr, [x19]
    ldr x8, [x23, #48]
    add x10, x24, x25, lsl #3
    add x11, x24, x25, lsl #4
    stp x22, x21, [sp, #64]
    mov x21, x2
    mov x22, x0
    stp x8, x10, [x19, #40]
    stp x11, x9, [x19, #56]
    ldr x8, [x23]
    stp xzr, xzr, [x19, #120]
    add x8, x23, x8
    str x8, [x19, #112]
    ldr x8, [x23, #176]
    stp x0, xzr, [x19, #152]
    add x8, x8, x19
    str x8, [x19, #136]
    ldr x8, [x19, #144]
    cbz x8, L11
L0:
    ldr x8, [x23, #16]
    lsl x10, x25, #3
    mov x9, xzr
    add x12, sp, #8
    mov x13, x24
    str x8, [x19, #80]
    ldr x8, [x23, #24]
    add x8, x23, x8
    add x8, x8, x22, lsl #6
    add x11, x8, #40
L1:
    madd x14, x9, x10, x24
    ldr x15, [x11, x9, lsl #3]
    str x14, [x12, x9, lsl #3]
    cbz x15, L3
    mov x14, xzr
L2:
    str xzr, [x13, x14, lsl #3]
    add x14, x14, #1
    ldr x15, [x11, x9, lsl #3]
    cmp x14, x15
    b.lo L2
L3:
    add x9, x9, #1
    add x13, x13, x10
    cmp x9, #3
    b.ne L1
    ldr x13, [x23]
    ldp x14, x17, [x8, #16]
    mov x9, xzr
    mov x22, xzr
    mov x11, xzr
    add x13, x23, x13
    mov x12, xzr
    mov x10, xzr
    add x13, x13, x14
    add x14, x21, #128
    add x15, x21, #64
    add x16, sp, #8
L4:
    cmp x9, x17
    b.hs L5
    ldrb w0, [x13, x9]
    cmp w0, #1
    b.ne L5
    cmp x12, #8
    b.hs L6
    ldr x0, [x15, x12, lsl #3]
    add x12, x12, #1
    b L8
L5:
    cmp x10, #7
    b.hi L6
    add x0, x21, x10, lsl #3
    add x10, x10, #1
    b L7
L6:
    add x0, x14, x11, lsl #3
    add x11, x11, #1
L7:
    ldr x0, [x0]
    cmp x9, x17
    b.hs L9
L8:
    ldrb w17, [x13, x9]
    ldr x17, [x16, x17, lsl #3]
    str x0, [x17, x9, lsl #3]
    ldr x17, [x8, #24]
    b L10
L9:
    mov x22, x0
L10:
    add x9, x9, #1
    cmp x9, x17
    b.ls L4
    ldp x2, x3, [sp, #8]
    mov x0, x19
    ldr x4, [sp, #24]
    mov x1, x20
    bl {call26:jit_entry}
    ldr x8, [x19]
    str x0, [x19, #160]
    cbnz x8, L12
    cbz x22, L12
    str x0, [x22]
    ldr x8, [x19]
    b L12
L11:
    ldr x8, [x23, #160]
    ldr x2, [x23, #56]
    mov x0, x19
    add x1, x8, x19
    bl {call26:jit_aot_heap_init}
    mov w8, #1
    cbz x0, L13
    mov w9, #5
    stp x22, xzr, [x19, #16]
    stp x8, x9, [x19]
L12:
    ldp x20, x19, [sp, #80]
    mov x0, x8
    ldp x22, x21, [sp, #64]
    ldp x24, x23, [sp, #48]
    ldp x30, x25, [sp, #32]
    add sp, sp, #96
    ret
L13:
    str x8, [x19, #144]
    b L0
