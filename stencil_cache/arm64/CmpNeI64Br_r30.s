    cmp x27, x24
    b.ne {condbr19:_JIT_TARGET}
    mov x24, x27
    b {jump26:_JIT_CONTINUE}
