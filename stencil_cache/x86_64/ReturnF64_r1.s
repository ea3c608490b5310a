    movq rax, xmm1
    ret
