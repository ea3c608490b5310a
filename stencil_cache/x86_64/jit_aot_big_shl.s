    mov r8, qword ptr [rdi]
    test r8, r8
    je L4
    push rbx
    mov rdx, rsi
    shr rdx, 5
    mov ecx, esi
    and ecx, 31
    lea rax, [r8 + rdx]
    mov dword ptr [rdi + 4*rax + 8], 0
    xor r10d, r10d
    inc r8
    lea r9, [rdi + 4*rdx]
    add r9, 4
L0:
    mov r11d, dword ptr [rdi + 4*r8]
    shl r11, cl
    mov rbx, r11
    shr rbx, 32
    or ebx, r10d
    mov dword ptr [r9 + 4*r8], ebx
    mov dword ptr [r9 + 4*r8 - 4], r11d
    dec r8
    mov r10d, r11d
    cmp r8, 1
    jne L0
    cmp rsi, 32
    pop rbx
    jb L2
    xor ecx, ecx
L1:
    mov dword ptr [rdi + 4*rcx + 8], 0
    inc rcx
    cmp rdx, rcx
    jne L1
L2:
    inc rax
L3:
    mov qword ptr [rdi], rax
    sub rax, 1
    jb L4
    cmp dword ptr [rdi + 4*rax + 8], 0
    je L3
L4:
    ret
