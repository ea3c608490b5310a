    cmp x24, x26
    b.ne {condbr19:_JIT_TARGET}
    mov x26, x24
    b {jump26:_JIT_CONTINUE}
