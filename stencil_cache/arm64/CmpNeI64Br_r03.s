    cmp x24, x27
    b.ne {condbr19:_JIT_TARGET}
    mov x27, x24
    b {jump26:_JIT_CONTINUE}
