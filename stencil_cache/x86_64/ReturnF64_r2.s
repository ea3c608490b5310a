    movq rax, xmm2
    ret
