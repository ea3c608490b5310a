    push rbx
    lea rcx, [rip + {rel32:jit_aot_program}]
    mov rdx, qword ptr [rcx + 112]
    mov eax, 1
    test rdx, rdx
    je L1
    add rcx, qword ptr [rcx + 104]
    xor esi, esi
    movabs r8, 4611686018427387902
    mov r9, rdx
L0:
    mov r10, rsi
    add rsi, r9
    mov r11, rsi
    shr r11
    and rsi, r8
    mov ebx, dword ptr [rcx + 4*rsi]
    lea rsi, [r11 + 1]
    cmp rbx, rdi
    cmova r9, r11
    cmova rsi, r10
    cmp rsi, r9
    jb L0
    sub rsi, 1
    setb r8b
    cmp rsi, rdx
    sete dl
    or dl, r8b
    jne L1
    mov ecx, dword ptr [rcx + 8*rsi + 4]
    xor eax, eax
    cmp rcx, rdi
    setbe al
L1:
    pop rbx
    ret
