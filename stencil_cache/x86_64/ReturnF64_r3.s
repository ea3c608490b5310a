    movq rax, xmm3
    ret
