    mov rax, rsi
    shr rax, 32
    cmp eax, -57344
    jne L3
    movabs rax, -1688849860263936
    mov r8, qword ptr [rdi + 72]
    mov r10d, esi
    movabs rcx, 281474976710655
    and rdx, rcx
    or rdx, rax
    mov cl, byte ptr [r8 + 8*r10 + 32]
    movabs rsi, -7046029254386353131
    imul rsi, rdx
    shr rsi, cl
    mov rdi, qword ptr [r8 + 8*r10 + 24]
    add rdi, r8
    mov r9d, dword ptr [rdi + 4*rsi]
    test r9d, r9d
    je L1
    mov rcx, qword ptr [r8 + 8*r10 + 16]
    add rcx, r8
    mov r8, qword ptr [r8 + 8*r10 + 8]
    lea r8, [2*r8 - 1]
L0:
    lea r10d, [2*r9 - 2]
    cmp qword ptr [rcx + 8*r10], rdx
    je L2
    inc rsi
    and rsi, r8
    mov r9d, dword ptr [rdi + 4*rsi]
    test r9d, r9d
    jne L0
L1:
    ret
L2:
    dec r9d
    mov eax, r9d
    shl rax, 4
    mov rax, qword ptr [rcx + rax + 8]
    ret
L3:
    mov qword ptr [rdi + 8], 3
    mov rax, rcx
    shr rax, 16
    mov qword ptr [rdi + 16], rax
    movzx eax, cx
    mov qword ptr [rdi + 24], rax
    mov qword ptr [rdi], 1
    xor eax, eax
    ret
