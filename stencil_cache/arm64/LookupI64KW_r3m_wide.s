    movz x8, #{uabs_g0:_JIT_B}
    movz x9, #{abs_g0:_JIT_TABLE_LEN}
    movk x9, #{uabs_g1:_JIT_TABLE_LEN}, lsl #16
    ldr x8, [x20, x8, lsl #3]
    cmp x8, x9
    b.lo L0
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #2
    b {jump26:jit_rt_fail}
L0:
    movz x9, #{abs_g0:_JIT_TABLE}
    movk x9, #{uabs_g1:_JIT_TABLE}, lsl #16
    ldr x10, [x23, #112]
    add x9, x10, x9
    ldr x27, [x9, x8, lsl #3]
    b {jump26:_JIT_CONTINUE}
