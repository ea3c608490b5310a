    cmp x25, #{sub_abs12s:_JIT_TABLE_LEN}
    b.lo L0
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #2
    b {jump26:jit_rt_fail}
L0:
    ldr x9, [x23, #112]
    add x8, x9, #{add_abs12s:_JIT_TABLE}
    ldr x26, [x8, x25, lsl #3]
    b {jump26:_JIT_CONTINUE}
