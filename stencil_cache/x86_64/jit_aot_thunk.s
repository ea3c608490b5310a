    sub rsp, 248
    movaps xmm8, xmmword ptr [rsp + 368]
    movaps xmm9, xmmword ptr [rsp + 352]
    movaps xmm10, xmmword ptr [rsp + 336]
    movaps xmm11, xmmword ptr [rsp + 320]
    movaps xmm12, xmmword ptr [rsp + 304]
    movaps xmm13, xmmword ptr [rsp + 288]
    movaps xmm14, xmmword ptr [rsp + 272]
    movaps xmm15, xmmword ptr [rsp + 256]
    mov rax, rsp
    mov qword ptr [rax], rdi
    mov qword ptr [rax + 8], rsi
    mov qword ptr [rax + 16], rdx
    mov qword ptr [rax + 24], rcx
    mov qword ptr [rax + 32], r8
    mov qword ptr [rax + 40], r9
    movsd qword ptr [rax + 48], xmm0
    movsd qword ptr [rax + 56], xmm1
    movsd qword ptr [rax + 64], xmm2
    movsd qword ptr [rax + 72], xmm3
    movsd qword ptr [rax + 80], xmm4
    movsd qword ptr [rax + 88], xmm5
    movsd qword ptr [rax + 96], xmm6
    movsd qword ptr [rax + 104], xmm7
    movaps xmmword ptr [rax + 112], xmm15
    movaps xmmword ptr [rax + 128], xmm14
    movaps xmmword ptr [rax + 144], xmm13
    movaps xmmword ptr [rax + 160], xmm12
    movaps xmmword ptr [rax + 176], xmm11
    movaps xmmword ptr [rax + 192], xmm10
    movaps xmmword ptr [rax + 208], xmm9
    movaps xmmword ptr [rax + 224], xmm8
    lea rsi, [rip + {rel32:_JIT_CALLEE}]
    mov edi, {abs32:_JIT_FUNC}
    mov rdx, rax
    call {rel32:jit_aot_invoke}
    add rsp, 248
    ret
