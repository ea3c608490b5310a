    str x30, [sp, #-16]!
    movz x3, #{abs_g0:_JIT_ERRLOC}
    movk x3, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    ldr x1, [x22, #{ldst64_abs12:_JIT_B_OFF}]
    ldr x2, [x20, #{ldst64_abs12:_JIT_C_OFF}]
    mov x0, x23
    bl {call26:jit_rt_map_get}
    cbnz x0, L0
    ldr x30, [sp], #16
    ret
L0:
    sbfx x8, x0, #0, #48
    str x8, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    ldr x30, [sp], #16
    b {jump26:_JIT_CONTINUE}
