    cmp x24, x25
    b.ne {condbr19:_JIT_TARGET}
    mov x25, x24
    b {jump26:_JIT_CONTINUE}
