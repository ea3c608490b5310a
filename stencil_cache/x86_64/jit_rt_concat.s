    push r14
    push rbx
    sub rsp, 16
    movabs r8, -281474976710656
    movabs r11, -1970324836974592
    mov r9, rsi
    shr r9, 48
    movabs rax, -4294967296
    cmp r9d, 65529
    jne L0
    lea r9, [rsp + 8]
    mov qword ptr [r9], rsi
    shr rsi, 40
    and esi, 15
    jmp L2
L0:
    mov r9, rsi
    and r9, rax
    cmp r9, r8
    jne L1
    mov r9, qword ptr [rdi + 72]
    mov esi, esi
    lea r9, [r9 + 8*rsi]
    add r9, 8
    mov rsi, qword ptr [r9 - 8]
    jmp L2
L1:
    mov rsi, -1
L2:
    mov r10, rdx
    and r10, r8
    cmp r10, r11
    jne L3
    mov r10, rsp
    mov qword ptr [r10], rdx
    shr rdx, 40
    and edx, 15
    jmp L4
L3:
    and rax, rdx
    cmp rax, r8
    jne L11
    mov rax, qword ptr [rdi + 72]
    mov edx, edx
    lea r10, [rax + 8*rdx]
    add r10, 8
    mov rdx, qword ptr [r10 - 8]
L4:
    cmp rsi, -1
    je L11
    cmp rdx, -1
    je L11
    lea rbx, [rdx + rsi]
    cmp rbx, 5
    ja L6
    mov rax, rbx
    shl rax, 40
    or rax, r11
    test rbx, rbx
    je L14
    sub r10, rsi
    xor ecx, ecx
    xor edx, edx
L5:
    cmp rdx, rsi
    mov rdi, r10
    cmovb rdi, r9
    movzx edi, byte ptr [rdi + rdx]
    shl rdi, cl
    or rax, rdi
    inc rdx
    add rcx, 8
    cmp rbx, rdx
    jne L5
    jmp L14
L6:
    lea r11, [rbx + 15]
    and r11, -8
    mov rax, qword ptr [rdi + 80]
    mov r14, qword ptr [rdi + 88]
    sub r14, rax
    cmp r11, r14
    ja L15
    add r11, rax
    mov qword ptr [rdi + 80], r11
    cmp rax, -1
    je L13
    mov rcx, qword ptr [rdi + 72]
    add rcx, rax
    add rcx, 8
    mov qword ptr [rcx - 8], rbx
    test rsi, rsi
    je L8
    xor edi, edi
L7:
    mov r11b, byte ptr [r9 + rdi]
    mov byte ptr [rcx + rdi], r11b
    inc rdi
    cmp rsi, rdi
    jne L7
L8:
    test rdx, rdx
    je L10
    add rcx, rsi
    xor esi, esi
L9:
    mov dil, byte ptr [r10 + rsi]
    mov byte ptr [rcx + rsi], dil
    inc rsi
    cmp rdx, rsi
    jne L9
L10:
    shr rax, 3
    or rax, r8
    jmp L14
L11:
    mov qword ptr [rdi + 8], 3
L12:
    mov rax, rcx
    shr rax, 16
    mov qword ptr [rdi + 16], rax
    movzx eax, cx
    mov qword ptr [rdi + 24], rax
    mov qword ptr [rdi], 1
L13:
    xor eax, eax
L14:
    add rsp, 16
    pop rbx
    pop r14
    ret
L15:
    mov qword ptr [rdi + 8], 5
    jmp L12
