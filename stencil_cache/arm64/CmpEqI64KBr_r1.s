    movz x8, #{sabs_g0:_JIT_K}
    cmp x25, x8
    b.ne L0
    mov x25, x8
    b {jump26:_JIT_TARGET}
L0:
    b {jump26:_JIT_CONTINUE}
