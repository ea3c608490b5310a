    push r14
    push rbx
    sub rsp, 56
    mov r14, rsi
    mov rbx, rdi
    lea rax, [rip + {rel32:jit_aot_program}]
    lea rcx, [rip + {rel32:jit_aot_state}]
    lea rdi, [rsp + 8]
    mov qword ptr [rdi], rbx
    xor edx, edx
    mov qword ptr [rdi + 8], rdx
    dec rsi
    test r14, r14
    cmovle rsi, rdx
    mov qword ptr [rdi + 16], rsi
    mov qword ptr [rdi + 24], rdx
    mov qword ptr [rdi + 32], -1
    mov qword ptr [rdi + 40], rdx
    mov rsi, qword ptr [rcx + 152]
    mov rdx, qword ptr [rcx + 160]
    mov r8, qword ptr [rax + 168]
    add r8, rcx
    call {rel32:jit_aot_out_outcome}
    test r14, r14
    jle L0
    mov rax, qword ptr [rsp + 16]
    mov byte ptr [rbx + rax], 0
L0:
    mov rax, qword ptr [rsp + 32]
    add rsp, 56
    pop rbx
    pop r14
    ret
