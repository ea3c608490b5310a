    movq rax, xmm0
    ret
