    movz x8, #{sabs_g0:_JIT_K}
    cbz x8, L0
    cmn x8, #1
    ldr x9, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    b.eq L1
    sdiv x8, x9, x8
    b L2
L0:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #1
    b {jump26:jit_rt_fail}
L1:
    neg x8, x9
L2:
    str x8, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    b {jump26:_JIT_CONTINUE}
