    push rbp
    push r15
    push r14
    push r13
    push r12
    push rbx
    sub rsp, 40
    mov r12, rdx
    mov r15, rdi
    lea r13, [rip + {rel32:jit_aot_program}]
    lea rbx, [rip + {rel32:jit_aot_state}]
    mov rbp, qword ptr [r13 + 64]
    mov r14, qword ptr [r13 + 152]
    add r14, rbx
    xor eax, eax
    mov qword ptr [rbx], rax
    mov qword ptr [rbx + 32], 1
    mov rcx, qword ptr [r13 + 48]
    mov qword ptr [rbx + 40], rcx
    lea rcx, [r14 + 8*rbp]
    mov qword ptr [rbx + 48], rcx
    mov rcx, rbp
    shl rcx, 4
    add rcx, r14
    mov qword ptr [rbx + 56], rcx
    lea rcx, [2*rbp]
    add rcx, rbp
    lea rcx, [r14 + 8*rcx]
    mov qword ptr [rbx + 64], rcx
    mov rcx, qword ptr [r13]
    add rcx, r13
    mov qword ptr [rbx + 112], rcx
    xorps xmm0, xmm0
    movups xmmword ptr [rbx + 120], xmm0
    mov rcx, qword ptr [r13 + 176]
    add rcx, rbx
    mov qword ptr [rbx + 136], rcx
    mov qword ptr [rbx + 152], rdi
    mov qword ptr [rbx + 160], rax
    cmp qword ptr [rbx + 144], rax
    je L11
L0:
    shl rbp, 3
    mov rax, qword ptr [r13 + 16]
    mov qword ptr [rbx + 80], rax
    mov rax, qword ptr [r13 + 24]
    add rax, r13
    shl r15, 6
    add r15, rax
    xor eax, eax
    mov rcx, r14
L1:
    mov rdx, rax
    imul rdx, rbp
    add rdx, r14
    mov qword ptr [rsp + 8*rax + 16], rdx
    cmp qword ptr [r15 + 8*rax + 40], 0
    je L3
    xor edx, edx
L2:
    mov qword ptr [rcx + 8*rdx], 0
    inc rdx
    cmp rdx, qword ptr [r15 + 8*rax + 40]
    jb L2
L3:
    inc rax
    add rcx, rbp
    cmp rax, 3
    jne L1
    mov rax, qword ptr [r13]
    add rax, r13
    add rax, qword ptr [r15 + 16]
    lea rcx, [r12 + 112]
    mov r9, qword ptr [r15 + 24]
    xor edx, edx
    xor r13d, r13d
    xor r11d, r11d
    xor edi, edi
    xor r8d, r8d
L4:
    cmp rdx, r9
    jae L5
    cmp byte ptr [rax + rdx], 1
    jne L5
    cmp rdi, 8
    jae L6
    mov r10, qword ptr [r12 + 8*rdi + 48]
    inc rdi
    jmp L8
L5:
    cmp r8, 5
    ja L6
    lea r10, [r12 + 8*r8]
    inc r8
    jmp L7
L6:
    lea r10, [rcx + 8*r11]
    inc r11
L7:
    mov r10, qword ptr [r10]
    cmp rdx, r9
    jae L9
L8:
    movzx r9d, byte ptr [rax + rdx]
    mov r9, qword ptr [rsp + 8*r9 + 16]
    mov qword ptr [r9 + 8*rdx], r10
    mov r9, qword ptr [r15 + 24]
    jmp L10
L9:
    mov r13, r10
L10:
    inc rdx
    cmp rdx, r9
    jbe L4
    mov rdx, qword ptr [rsp + 16]
    mov rcx, qword ptr [rsp + 24]
    mov r8, qword ptr [rsp + 32]
    mov rdi, rbx
    call {rel32:jit_entry}
    mov rcx, rax
    mov qword ptr [rbx + 160], rax
    mov rax, qword ptr [rbx]
    test rax, rax
    jne L12
    test r13, r13
    je L12
    mov qword ptr [r13], rcx
    mov rax, qword ptr [rbx]
    jmp L12
L11:
    mov qword ptr [rsp + 8], rsi
    mov rsi, qword ptr [r13 + 160]
    add rsi, rbx
    mov rdx, qword ptr [r13 + 56]
    mov rdi, rbx
    call {rel32:jit_aot_heap_init}
    test rax, rax
    je L13
    mov qword ptr [rbx], 1
    mov qword ptr [rbx + 8], 5
    mov qword ptr [rbx + 16], r15
    mov qword ptr [rbx + 24], 0
    mov eax, 1
L12:
    add rsp, 40
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    ret
L13:
    mov qword ptr [rbx + 144], 1
    mov rsi, qword ptr [rsp + 8]
    jmp L0
