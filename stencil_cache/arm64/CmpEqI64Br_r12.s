    cmp x25, x26
    b.ne L0
    mov x26, x25
    b {jump26:_JIT_TARGET}
L0:
    b {jump26:_JIT_CONTINUE}
