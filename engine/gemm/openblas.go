package gemm

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"unsafe"
	_ "unsafe" // go:linkname

	"github.com/ebitengine/purego"
	"gonum.org/v1/gonum/blas"
)

// libNames are tried in order; Debian's libopenblas0 provides the first.
var libNames = []string{"libopenblas.so.0", "libopenblas.so", "libopenblas.dylib"}

// OpenBLAS calls the Fortran entry point sgemm_ of a dlopened OpenBLAS.
//
// sgemm_ takes every argument by pointer, so purego.SyscallN can pass them as
// plain words: no float registers, no reflection and no allocation per call
// (the CBLAS entry point would need floats in XMM registers, which only
// purego's reflective RegisterFunc can do, and that allocates). The scalars
// live in a heap struct reused under a mutex; Go's heap does not move.
type OpenBLAS struct {
	sgemm  uintptr
	config string
	core   string        // openblas_get_corename(): the kernel DYNAMIC_ARCH chose
	args   []fortranArgs // one argument block per split slot and lane
	lanes  [Lanes]*lane
	split  splitter
}

// syscallN is purego's internal call path. purego.SyscallN is marked
// go:uintptrescapes, which heap-allocates its variadic slice on every call;
// the 20-odd GEMMs of a training step would then allocate. Calling the path
// beneath it with argument arrays that live in fortranArgs allocates nothing.
// The pointers stay valid: they point into the Go heap, which does not move,
// and runtime.KeepAlive holds the slices until the call returns.
//
//go:linkname syscallN github.com/ebitengine/purego.syscall_SyscallN
func syscallN(fn uintptr, sysargs []uintptr, floats []uintptr, r8 uintptr) unsafe.Pointer

// purepool recycles the result structs syscall_SyscallN takes from it, as
// purego.SyscallN does.
//
//go:linkname purepool github.com/ebitengine/purego.thePool
var purepool sync.Pool

// argsType is the type word of purego's *syscallArgs, taken from a value its
// pool hands out, so boxArgs can rebuild the interface value Put expects
// from the bare pointer syscall_SyscallN returns (boxing a pointer does not
// allocate).
var argsType = func() unsafe.Pointer {
	v := purepool.Get()
	t := (*eface)(unsafe.Pointer(&v)).typ
	purepool.Put(v)
	return t
}()

type eface struct{ typ, data unsafe.Pointer }

func boxArgs(p unsafe.Pointer) any {
	var v any
	e := (*eface)(unsafe.Pointer(&v))
	e.typ, e.data = argsType, p
	return v
}

// maxWords is purego's maxArgs on 64-bit platforms: syscall_SyscallN reads that
// many words from both slices.
const maxWords = 32

type fortranArgs struct {
	words, floats  [maxWords]uintptr
	transA, transB byte
	m, n, k        int32
	lda, ldb, ldc  int32
	alpha, beta    float32
}

var (
	obOnce sync.Once
	obLib  *OpenBLAS
	obErr  error
)

// LoadOpenBLAS dlopens OpenBLAS once per process.
func LoadOpenBLAS() (*OpenBLAS, error) {
	obOnce.Do(func() { obLib, obErr = loadOpenBLAS() })
	return obLib, obErr
}

// LibEnvVar names an OpenBLAS library to load instead of the usual names,
// e.g. a custom build in /opt; pointing it at nothing runs gogan (and its
// tests) as on a machine without OpenBLAS.
const LibEnvVar = "GOGAN_OPENBLAS_LIB"

func loadOpenBLAS() (*OpenBLAS, error) {
	var handle uintptr
	var errs []string
	names := libNames
	if p := os.Getenv(LibEnvVar); p != "" {
		names = []string{p}
	}
	for _, name := range names {
		h, err := purego.Dlopen(name, purego.RTLD_NOW|purego.RTLD_GLOBAL)
		if err == nil {
			handle = h
			break
		}
		errs = append(errs, err.Error())
	}
	if handle == 0 {
		return nil, errors.New("OpenBLAS could not be loaded: " + strings.Join(errs, "; "))
	}
	sym, err := purego.Dlsym(handle, "sgemm_")
	if err != nil {
		return nil, fmt.Errorf("OpenBLAS loaded but has no sgemm_: %w", err)
	}
	ob := &OpenBLAS{sgemm: sym, config: "OpenBLAS"}
	if cfg, err := purego.Dlsym(handle, "openblas_get_config"); err == nil {
		r, _, _ := purego.SyscallN(cfg)
		ob.config = cString(r)
	}
	if cn, err := purego.Dlsym(handle, "openblas_get_corename"); err == nil {
		r, _, _ := purego.SyscallN(cn)
		ob.core = cString(r)
	}
	// One OpenBLAS thread per call; gogan splits the work itself (see Sgemm).
	if st, err := purego.Dlsym(handle, "openblas_set_num_threads"); err == nil {
		purego.SyscallN(st, 1)
	}
	parts := min(runtime.GOMAXPROCS(0), maxParts)
	ob.args = make([]fortranArgs, parts+Lanes) // the split's slots, then the lanes'
	ob.split.init(ob, parts, 1, 1)
	ob.lanes = newLanes(ob, ob, parts)
	if ob.core != "" {
		ob.config += ", kernel " + ob.core
	}
	ob.config += fmt.Sprintf(", 1 OpenBLAS thread per call, split over %d goroutines", parts)
	return ob, nil
}

func cString(p uintptr) string {
	if p == 0 {
		return ""
	}
	var b []byte
	for i := uintptr(0); i < 512; i++ {
		c := *(*byte)(unsafe.Add(unsafe.Pointer(nil), p+i)) //nolint:govet // C string owned by OpenBLAS
		if c == 0 {
			break
		}
		b = append(b, c)
	}
	return string(b)
}

// Name implements Backend.
func (*OpenBLAS) Name() string { return "openblas" }

// Info implements Backend: openblas_get_config(), the kernel OpenBLAS runs
// (", kernel Haswell", which scripts read) and the thread count.
func (o *OpenBLAS) Info() string { return o.config }

// Kernel names what computes a backend's products, from its Name and Info
// (as config.json records them): "asm", "go", or "openblas/" and the kernel
// its Info names ("openblas/Haswell"; plain "openblas" when it names none).
// Products agree bit for bit only between equal kernels.
func Kernel(name, info string) string {
	if name != "openblas" {
		return name
	}
	if _, rest, ok := strings.Cut(info, ", kernel "); ok {
		core, _, _ := strings.Cut(rest, ",")
		return name + "/" + core
	}
	return name
}

// Core is the CPU kernel OpenBLAS runs (openblas_get_corename: "Haswell",
// "SkylakeX", "Cooperlake", "Zen"...), chosen by a DYNAMIC_ARCH build from
// the CPU unless OPENBLAS_CORETYPE names one; "" when the library does not
// say. Products, and so every trained weight, differ in their low bits
// between kernels.
func (o *OpenBLAS) Core() string { return o.core }

// Sgemm implements Backend. Row-major C = A·B is column-major Cᵀ = Bᵀ·Aᵀ, so
// the operands are swapped and Fortran's sgemm_ sees the transposes for free.
//
// OpenBLAS runs single-threaded and gogan splits a large product into
// blocks of C computed concurrently on its own worker goroutines (split.go).
// OpenBLAS's own threads busy-wait between calls (sched_yield), and on a
// 2-core machine that spinning steals the core from the element-wise work
// and the optimiser between GEMMs: measured 18.8 ms per seed iteration with
// OpenBLAS's threads, less with this split (see the README).
func (o *OpenBLAS) Sgemm(tA, tB blas.Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	if m == 0 || n == 0 {
		return
	}
	checkGemm(tA, tB, m, n, k, a, lda, b, ldb, c, ldc)
	o.split.sgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

func (o *OpenBLAS) runBlock(slot int, j *gemmJob) {
	o.call(&o.args[slot], j.tA, j.tB, j.m, j.n, j.k, j.alpha, j.a, j.lda, j.b, j.ldb, j.beta, j.c, j.ldc)
}

// call runs one sgemm_ with the argument block p.
func (o *OpenBLAS) call(p *fortranArgs, tA, tB blas.Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	p.transA, p.transB = transChar(tB), transChar(tA)
	p.m, p.n, p.k = int32(n), int32(m), int32(k)
	p.lda, p.ldb, p.ldc = int32(ldb), int32(lda), int32(ldc)
	p.alpha, p.beta = alpha, beta
	var pa, pb unsafe.Pointer
	if k > 0 {
		pa, pb = unsafe.Pointer(&a[0]), unsafe.Pointer(&b[0])
	} else {
		pa, pb = unsafe.Pointer(&c[0]), unsafe.Pointer(&c[0])
		p.k = 0
	}
	p.words = [maxWords]uintptr{
		uintptr(unsafe.Pointer(&p.transA)), uintptr(unsafe.Pointer(&p.transB)),
		uintptr(unsafe.Pointer(&p.m)), uintptr(unsafe.Pointer(&p.n)), uintptr(unsafe.Pointer(&p.k)),
		uintptr(unsafe.Pointer(&p.alpha)),
		uintptr(pb), uintptr(unsafe.Pointer(&p.lda)),
		uintptr(pa), uintptr(unsafe.Pointer(&p.ldb)),
		uintptr(unsafe.Pointer(&p.beta)),
		uintptr(unsafe.Pointer(&c[0])), uintptr(unsafe.Pointer(&p.ldc)),
	}
	purepool.Put(boxArgs(syscallN(o.sgemm, p.words[:], p.floats[:], 0)))
	runtime.KeepAlive(a)
	runtime.KeepAlive(b)
	runtime.KeepAlive(c)
}

func transChar(t blas.Transpose) byte {
	if t == blas.NoTrans {
		return 'N'
	}
	return 'T'
}

// checkGemm panics on shapes that would let the C library read or write out
// of bounds; these are programming errors, as in gonum.
func checkGemm(tA, tB blas.Transpose, m, n, k int, a []float32, lda int, b []float32, ldb int, c []float32, ldc int) {
	rowsA, colsA := m, k
	if tA != blas.NoTrans {
		rowsA, colsA = k, m
	}
	rowsB, colsB := k, n
	if tB != blas.NoTrans {
		rowsB, colsB = n, k
	}
	if m < 0 || n < 0 || k < 0 || lda < max(1, colsA) || ldb < max(1, colsB) || ldc < max(1, n) {
		panic(fmt.Sprintf("gemm: bad shape m=%d n=%d k=%d lda=%d ldb=%d ldc=%d", m, n, k, lda, ldb, ldc))
	}
	if (rowsA > 0 && colsA > 0 && len(a) < (rowsA-1)*lda+colsA) ||
		(rowsB > 0 && colsB > 0 && len(b) < (rowsB-1)*ldb+colsB) ||
		len(c) < (m-1)*ldc+n {
		panic(fmt.Sprintf("gemm: slice too short for m=%d n=%d k=%d", m, n, k))
	}
}
