    cmp x26, x25
    b.ne {condbr19:_JIT_TARGET}
    mov x25, x26
    b {jump26:_JIT_CONTINUE}
