    sub sp, sp, #272
    stp d0, d1, [sp, #64]
    ldp q0, q1, [sp, #272]
    stp d2, d3, [sp, #80]
    ldp x8, x9, [sp, #384]
    stp x0, x1, [sp]
    movz x0, #{abs_g0:_JIT_FUNC}
    movk x0, #{uabs_g1:_JIT_FUNC}, lsl #16
    adrp x1, {page21:_JIT_CALLEE}
    add x1, x1, {pageoff12:_JIT_CALLEE}
    stp q0, q1, [sp, #128]
    ldp q2, q0, [sp, #304]
    stp x2, x3, [sp, #16]
    mov x2, sp
    stp x29, x30, [sp, #256]
    stp q2, q0, [sp, #160]
    ldp q1, q2, [sp, #336]
    ldr q0, [sp, #368]
    stp x4, x5, [sp, #32]
    stp x6, x7, [sp, #48]
    stp d4, d5, [sp, #96]
    stp d6, d7, [sp, #112]
    stp q1, q2, [sp, #192]
    str q0, [sp, #224]
    stp x8, x9, [sp, #240]
    bl {call26:jit_aot_invoke}
    ldp x29, x30, [sp, #256]
    add sp, sp, #272
    ret
