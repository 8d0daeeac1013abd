// Hand-written (not asmgen's): the AVX-512 block loops of rows.go.

#include "textflag.h"

// func add2D(dst *float32, ldd int, src *float32, lds int, rows int, cols int)
// dst[r·ldd+c] += src[r·lds+c] for r < rows, c < cols; rows, cols ≥ 1. The
// last cols%16 of a row go through a mask, which also keeps the loads
// inside the slices.
TEXT ·add2D(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ ldd+8(FP), R8
	MOVQ src+16(FP), SI
	MOVQ lds+24(FP), R9
	MOVQ rows+32(FP), R10
	MOVQ cols+40(FP), R11
	SHLQ $2, R8
	SHLQ $2, R9
	MOVQ R11, CX
	ANDQ $15, CX
	MOVL $1, AX
	SHLL CX, AX
	DECL AX
	KMOVW AX, K1
	SHRQ $4, R11

addrow:
	MOVQ DI, BX
	MOVQ SI, DX
	MOVQ R11, R12
	TESTQ R12, R12
	JZ addtail

addfull:
	VMOVUPS (BX), Z0
	VADDPS (DX), Z0, Z0
	VMOVUPS Z0, (BX)
	ADDQ $64, BX
	ADDQ $64, DX
	DECQ R12
	JNZ addfull

addtail:
	TESTQ CX, CX
	JZ addnext
	VMOVUPS.Z (BX), K1, Z0
	VMOVUPS.Z (DX), K1, Z1
	VADDPS Z1, Z0, Z0
	VMOVUPS Z0, K1, (BX)

addnext:
	ADDQ R8, DI
	ADDQ R9, SI
	DECQ R10
	JNZ addrow
	VZEROUPPER
	RET

// func copy2D(dst *float32, ldd int, src *float32, lds int, rows int, cols int)
// dst[r·ldd+c] = src[r·lds+c] for r < rows, c < cols; rows, cols ≥ 1.
TEXT ·copy2D(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ ldd+8(FP), R8
	MOVQ src+16(FP), SI
	MOVQ lds+24(FP), R9
	MOVQ rows+32(FP), R10
	MOVQ cols+40(FP), R11
	SHLQ $2, R8
	SHLQ $2, R9
	MOVQ R11, CX
	ANDQ $15, CX
	MOVL $1, AX
	SHLL CX, AX
	DECL AX
	KMOVW AX, K1
	SHRQ $4, R11

cprow:
	MOVQ DI, BX
	MOVQ SI, DX
	MOVQ R11, R12
	TESTQ R12, R12
	JZ cptail

cpfull:
	VMOVUPS (DX), Z0
	VMOVUPS Z0, (BX)
	ADDQ $64, BX
	ADDQ $64, DX
	DECQ R12
	JNZ cpfull

cptail:
	TESTQ CX, CX
	JZ cpnext
	VMOVUPS.Z (DX), K1, Z0
	VMOVUPS Z0, K1, (BX)

cpnext:
	ADDQ R8, DI
	ADDQ R9, SI
	DECQ R10
	JNZ cprow
	VZEROUPPER
	RET
