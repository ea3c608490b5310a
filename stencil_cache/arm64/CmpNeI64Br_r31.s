    cmp x27, x25
    b.ne {condbr19:_JIT_TARGET}
    mov x25, x27
    b {jump26:_JIT_CONTINUE}
