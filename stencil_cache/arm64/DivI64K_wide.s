    movz x8, #{sabs_g0:_JIT_K}
    cbz x8, L0
    movz x9, #{uabs_g0:_JIT_B}
    cmn x8, #1
    ldr x9, [x20, x9, lsl #3]
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
    movz x9, #{uabs_g0:_JIT_A}
    str x8, [x20, x9, lsl #3]
    b {jump26:_JIT_CONTINUE}
