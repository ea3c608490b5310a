    fcmp d3, d3
    b.vc {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
