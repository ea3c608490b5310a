    push rbp
    push rbx
    lea rcx, [rip + {rel32:jit_aot_program}]
    mov r8, qword ptr [rcx + 8]
    add r8, rcx
    mov qword ptr [rdi + 72], rsi
    mov qword ptr [rdi + 88], rdx
    mov qword ptr [rdi + 80], 0
    cmp qword ptr [rcx + 16], 0
    je L3
    xor r9d, r9d
L0:
    mov rax, qword ptr [r8 + r9]
    add rax, 7
    and rax, -8
    add rax, 8
    mov r10, rdx
    sub r10, r9
    cmp rax, r10
    ja L4
    test rax, rax
    je L2
    lea r10, [r8 + r9]
    lea r11, [rsi + r9]
    xor ebx, ebx
L1:
    mov bpl, byte ptr [r10 + rbx]
    mov byte ptr [r11 + rbx], bpl
    inc rbx
    cmp rax, rbx
    jne L1
L2:
    add r9, rax
    mov qword ptr [rdi + 80], r9
    cmp r9, qword ptr [rcx + 16]
    jb L0
L3:
    xor eax, eax
L4:
    pop rbx
    pop rbp
    ret
