    cmp x25, x27
    b.ne L0
    mov x27, x25
    b {jump26:_JIT_TARGET}
L0:
    b {jump26:_JIT_CONTINUE}
