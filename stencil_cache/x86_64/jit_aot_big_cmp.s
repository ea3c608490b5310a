    mov rcx, qword ptr [rdi]
    mov rdx, qword ptr [rsi]
    xor eax, eax
    cmp rcx, rdx
    jne L1
L0:
    sub rcx, 1
    jb L3
    mov edx, dword ptr [rdi + 4*rcx + 8]
    mov r8d, dword ptr [rsi + 4*rcx + 8]
    cmp edx, r8d
    je L0
    xor eax, eax
    cmp edx, r8d
    jmp L2
L1:
    cmp rcx, rdx
L2:
    sbb rax, rax
    or rax, 1
L3:
    ret
