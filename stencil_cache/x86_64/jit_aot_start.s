    push rbp
    mov rbp, rsp
    and rsp, -16
    lea rdi, [rbp + 8]
    call {rel32:jit_aot_main}
    mov rdi, rax
L0:
    mov eax, 231
    xor esi, esi
    xor edx, edx
    xor r10d, r10d
    xor r8d, r8d
    xor r9d, r9d
    syscall
    jmp L0
