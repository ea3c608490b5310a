    cmp x27, x24
    b.ne L0
    mov x24, x27
    b {jump26:_JIT_TARGET}
L0:
    b {jump26:_JIT_CONTINUE}
