    ldr x8, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    cmp x8, #{sub_abs12s:_JIT_TABLE_LEN}
    b.lo L0
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #2
    b {jump26:jit_rt_fail}
L0:
    ldr x10, [x23, #112]
    add x9, x10, #{add_abs12s:_JIT_TABLE}
    ldr x26, [x9, x8, lsl #3]
    b {jump26:_JIT_CONTINUE}
