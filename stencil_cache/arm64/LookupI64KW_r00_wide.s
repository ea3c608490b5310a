    movz x8, #{abs_g0:_JIT_TABLE_LEN}
    movk x8, #{uabs_g1:_JIT_TABLE_LEN}, lsl #16
    cmp x24, x8
    b.lo L0
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #2
    b {jump26:jit_rt_fail}
L0:
    movz x8, #{abs_g0:_JIT_TABLE}
    movk x8, #{uabs_g1:_JIT_TABLE}, lsl #16
    ldr x9, [x23, #112]
    add x8, x9, x8
    ldr x24, [x8, x24, lsl #3]
    b {jump26:_JIT_CONTINUE}
