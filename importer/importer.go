// Package importer turns a PyTorch checkpoint of a model gogan has into a
// gogan run directory: config.json, generator.safetensors and, when the file
// holds one, discriminator.safetensors, written as gogan train writes them
// (checksums included), so gogan sample, eval and serve use it.
//
// The checkpoint is a torch.save file read by format/torchfile (nothing in
// it is executed) holding PyTorch-GAN's gan.py, cgan.py or dcgan.py
// Generator (and Discriminator) state_dicts (dcgan.py's with other D widths,
// or the conditional pair of dcgan-plus --classes, testdata/dcgan_models.py),
// or those of the sngan preset's standard CNN (testdata/cnn_models.py): one
// state_dict, or a dict
// holding several ({"generator": ..., "discriminator": ..., "epoch": 3},
// {"G": ..., "D": ...}). The model kind and its sizes (latent dimension,
// channels, image size, widths, classes) are read from the tensors' names and
// shapes; Options override them. What the weights cannot tell (BatchNorm's
// eps, 0.8 in all three scripts, PyTorch's 1e-5 in the standard CNN) comes
// from the kind's preset unless given.
package importer

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"gogan/checkpoint"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/format/safetensors"
	"gogan/format/torchfile"
	"gogan/recipe"
	"gogan/recipe/configfile"
)

// Options say what to import and where. Zero values are inferred.
type Options struct {
	File string // the torch.save file
	Out  string // the run directory to create: absent or empty

	Kind      string  // "seed", "cgan", "dcgan" or "cnn" ("": inferred)
	LatentDim int     // checked against the weights
	Channels  int     // for an MLP G, which cannot tell 1x8x8 from 4x4x4
	ImgSize   int     //
	BNEps     float64 // BatchNorm's eps (0: the kind's preset, 0.8)

	// Generator and Discriminator pick state_dicts by their place in the
	// file ("generator", "models/G"), when the file holds several.
	Generator, Discriminator string
}

// Result is what was imported.
type Result struct {
	Config recipe.Config
	// Where in the file G's and D's state_dicts were ("" for the file's
	// object itself; Discriminator "" with HasD false when there is none).
	Generator, Discriminator string
	HasD                     bool
	Notes                    []string // settings the weights do not record, and the values used
}

// Run imports o.File into o.Out.
func Run(o Options) (*Result, error) {
	res, err := run(o)
	var named namedErr
	if errors.As(err, &named) {
		return nil, fmt.Errorf("import: %w", named.error)
	}
	if err != nil {
		return nil, fmt.Errorf("import: %s: %w", o.File, err)
	}
	return res, nil
}

// namedErr is an error that names the file already.
type namedErr struct{ error }

// role is what a state_dict is: a G or a D of a model kind.
type role struct {
	kind recipe.ModelKind
	g    bool
}

func run(o Options) (*Result, error) {
	if o.Out == "" {
		return nil, errors.New("no run directory to write (--out)")
	}
	if err := checkOut(o.Out); err != nil {
		return nil, err
	}
	f, err := torchfile.ReadFile(o.File)
	if err != nil {
		return nil, namedErr{err}
	}
	sds := f.StateDicts()
	if len(sds) == 0 {
		return nil, fmt.Errorf("no state_dict (a dict of tensors by name) in the file; it holds %s", describe(f.Root))
	}
	var want *recipe.ModelKind
	if o.Kind != "" {
		var k recipe.ModelKind
		if err := k.UnmarshalText([]byte(o.Kind)); err != nil || k == recipe.Paper || k == recipe.PaperConv {
			return nil, fmt.Errorf("kind %q: want seed, cgan, dcgan or cnn", o.Kind)
		}
		want = &k
	}
	var gs, ds []torchfile.StateDict
	var roles = map[string]role{}
	for i := range sds {
		sds[i] = unwrapDataParallel(sds[i])
	}
	for _, sd := range sds {
		r, ok := classify(sd)
		if !ok || (want != nil && r.kind != *want) {
			continue
		}
		roles[sd.Path] = r
		if r.g {
			gs = append(gs, sd)
		} else {
			ds = append(ds, sd)
		}
	}
	g, err := pick(gs, o.Generator, "generator", []string{"generator", "g", "netg", "gen", "model_g", "generator_state_dict", "g_state_dict"})
	if err != nil {
		return nil, fmt.Errorf("%w; the file holds %s", err, describeAll(sds, want))
	}
	d, err := pick(ds, o.Discriminator, "discriminator", []string{"discriminator", "d", "netd", "disc", "model_d", "discriminator_state_dict", "d_state_dict"})
	hasD := err == nil
	if err != nil && (o.Discriminator != "" || len(ds) > 1) {
		return nil, fmt.Errorf("%w; the file holds %s", err, describeAll(sds, want))
	}
	kind := roles[g.Path].kind
	if hasD && roles[d.Path].kind != kind {
		return nil, fmt.Errorf("the generator %s is %s's but the discriminator %s is %s's", place(g.Path), kind, place(d.Path), roles[d.Path].kind)
	}
	cfg, notes, err := infer(kind, g, d, hasD, o)
	if err != nil {
		return nil, err
	}
	be, err := gemm.Default()
	if err != nil {
		return nil, err
	}
	ctx := nn.Context{BLAS: be, MaxBatch: 1, Rand: rand.New(rand.NewPCG(0, 0))}
	gnet := cfg.Model.NewGenerator(ctx, nil)
	gw, err := convert(g)
	if err != nil {
		return nil, fmt.Errorf("generator %s: %w", place(g.Path), err)
	}
	if err := load(gw, gnet); err != nil {
		return nil, fmt.Errorf("generator %s does not fit %s's generator with %s: %w", place(g.Path), kind, sizes(cfg.Model), err)
	}
	var dnet *nn.Sequential
	if hasD {
		dnet = cfg.Model.NewDiscriminator(ctx).Sequential
		dw, err := convert(d)
		if err != nil {
			return nil, fmt.Errorf("discriminator %s: %w", place(d.Path), err)
		}
		if err := load(dw, dnet); err != nil {
			return nil, fmt.Errorf("discriminator %s does not fit %s's discriminator with %s: %w", place(d.Path), kind, sizes(cfg.Model), err)
		}
	}
	if err := write(o.Out, cfg, gnet, dnet, o.File); err != nil {
		return nil, err
	}
	res := &Result{Config: cfg, Generator: g.Path, HasD: hasD, Notes: notes}
	if hasD {
		res.Discriminator = d.Path
	}
	return res, nil
}

// checkOut refuses a run directory that holds anything: an import never
// overwrites a run.
func checkOut(dir string) error {
	ents, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if len(ents) > 0 {
		return fmt.Errorf("%s is not empty: an import writes a new run directory and overwrites nothing", dir)
	}
	return nil
}

// write writes the run into a fresh directory beside dir and renames it to
// dir, so a failed import leaves no half-written run.
func write(dir string, cfg recipe.Config, g, d *nn.Sequential, from string) error {
	parent := filepath.Dir(filepath.Clean(dir))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, ".import-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	meta := map[string]string{"gogan.version": recipe.Version, "gogan.imported_from": filepath.Base(from)}
	if err := checkpoint.Save(filepath.Join(tmp, recipe.GeneratorFile), g, meta); err != nil {
		return err
	}
	if d != nil {
		if err := checkpoint.Save(filepath.Join(tmp, recipe.DiscriminatorFile), d, meta); err != nil {
			return err
		}
	}
	cfg.Out = tmp
	if err := configfile.Save(cfg); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	os.Remove(dir) // an empty directory the user made; checkOut saw it empty
	return os.Rename(tmp, dir)
}

var layerName = regexp.MustCompile(`^([A-Za-z_]+)\.(\d+)\.([A-Za-z_]+)$`)

// layer is one numbered layer of an nn.Sequential in a state_dict.
type layer struct {
	index   int
	weight  []int // the weight's shape (nil: none)
	batchNm bool  // has running statistics
}

// layers lists prefix.<i>.* layers in index order.
func layers(sd torchfile.StateDict, prefix string) []layer {
	by := map[int]*layer{}
	for i, n := range sd.Names {
		m := layerName.FindStringSubmatch(n)
		if m == nil || m[1] != prefix {
			continue
		}
		idx, err := strconv.Atoi(m[2])
		if err != nil || idx > 1<<16 {
			continue
		}
		l := by[idx]
		if l == nil {
			l = &layer{index: idx}
			by[idx] = l
		}
		switch m[3] {
		case "weight", "weight_orig": // weight_orig: under spectral_norm
			l.weight = sd.Tensors[i].Shape
		case "running_mean":
			l.batchNm = true
		}
	}
	var out []layer
	for _, l := range by {
		out = append(out, *l)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].index < out[j].index })
	return out
}

// linears are the layers with a 2-d weight, in order.
func linears(ls []layer) []layer {
	var out []layer
	for _, l := range ls {
		if len(l.weight) == 2 && !l.batchNm {
			out = append(out, l)
		}
	}
	return out
}

func has(sd torchfile.StateDict, name string) bool {
	_, ok := sd.Get(name)
	return ok
}

// classify tells a state_dict's kind and role from its names: dcgan.py's
// l1.0/conv_blocks (G) and model/adv_layer.0 (D); the standard CNN's
// l1/conv_blocks (G) and model/adv_layer (D, its weights weight_orig under
// spectral norm); cgan.py's label_emb (G) and
// label_embedding (D); gan.py's model.* MLPs, whose last Linear makes an
// image (G) or one value (D).
func classify(sd torchfile.StateDict) (role, bool) {
	switch {
	case has(sd, "l1.0.weight") && has(sd, "conv_blocks.0.running_mean"):
		return role{recipe.DCGAN, true}, true
	case has(sd, "adv_layer.0.weight") && has(sd, "model.0.weight"):
		return role{recipe.DCGAN, false}, true
	case has(sd, "embed.weight") && convFirst(sd) && batchNorms(sd):
		return role{recipe.DCGAN, false}, true // dcgan-plus --classes: a projection over dcgan.py's model
	case has(sd, "l1.weight") && has(sd, "conv_blocks.0.running_mean"):
		return role{recipe.CNN, true}, true
	case (has(sd, "adv_layer.weight") || has(sd, "adv_layer.weight_orig") || has(sd, "embed.weight")) && convFirst(sd):
		return role{recipe.CNN, false}, true
	case has(sd, "label_emb.weight") && has(sd, "model.0.weight"):
		return role{recipe.Cond, true}, true
	case has(sd, "label_embedding.weight") && has(sd, "model.0.weight"):
		return role{recipe.Cond, false}, true
	}
	lin := linears(layers(sd, "model"))
	if len(lin) < 2 || len(lin[0].weight) != 2 {
		return role{}, false
	}
	last := lin[len(lin)-1].weight
	return role{recipe.Seed, last[0] != 1}, true
}

// convFirst reports whether model.0 is a convolution (a 4-d weight), as in
// the standard CNN's D and not in the MLPs' (cgan-plus's projection D has
// linear and embed too).
func convFirst(sd torchfile.StateDict) bool {
	w, ok := sd.Get("model.0.weight_orig")
	if !ok {
		w, _ = sd.Get("model.0.weight")
	}
	return len(w.Shape) == 4
}

// batchNorms reports whether model.* has a BatchNorm, as dcgan.py's D has
// and the standard CNN's does not.
func batchNorms(sd torchfile.StateDict) bool {
	for _, l := range layers(sd, "model") {
		if l.batchNm {
			return true
		}
	}
	return false
}

// unwrapDataParallel drops the "module." that nn.DataParallel and
// DistributedDataParallel put before every name of the model they wrap.
func unwrapDataParallel(sd torchfile.StateDict) torchfile.StateDict {
	for _, n := range sd.Names {
		if !strings.HasPrefix(n, "module.") {
			return sd
		}
	}
	out := sd
	out.Names = make([]string, len(sd.Names))
	for i, n := range sd.Names {
		out.Names[i] = strings.TrimPrefix(n, "module.")
	}
	return out
}

// pick chooses the state_dict of one role: the one at the place asked for,
// the only one, or the one whose last key is a usual name for it.
func pick(cands []torchfile.StateDict, asked, what string, usual []string) (torchfile.StateDict, error) {
	if asked != "" {
		for _, c := range cands {
			if c.Path == asked {
				return c, nil
			}
		}
		return torchfile.StateDict{}, fmt.Errorf("no %s's state_dict at %q", what, asked)
	}
	switch len(cands) {
	case 0:
		return torchfile.StateDict{}, fmt.Errorf("no state_dict in it is a %s of gan.py, cgan.py, dcgan.py or the standard CNN", what)
	case 1:
		return cands[0], nil
	}
	var found []torchfile.StateDict
	var places []string
	for _, c := range cands {
		places = append(places, place(c.Path))
		last := strings.ToLower(c.Path[strings.LastIndexByte(c.Path, '/')+1:])
		if slices.Contains(usual, last) {
			found = append(found, c)
		}
	}
	if len(found) == 1 {
		return found[0], nil
	}
	return torchfile.StateDict{}, fmt.Errorf("%d state_dicts could be the %s (%s): name one with --%s", len(cands), what, strings.Join(places, ", "), what)
}

func place(p string) string {
	if p == "" {
		return "(the file's state_dict)"
	}
	return fmt.Sprintf("%q", p)
}

// infer fills the kind's preset with the sizes G's (and D's) shapes give.
func infer(kind recipe.ModelKind, g, d torchfile.StateDict, hasD bool, o Options) (recipe.Config, []string, error) {
	cfg, err := recipe.Preset(map[recipe.ModelKind]string{recipe.Seed: "seed", recipe.Cond: "cgan", recipe.DCGAN: "dcgan", recipe.CNN: "sngan"}[kind])
	if err != nil {
		return recipe.Config{}, nil, err
	}
	m := &cfg.Model
	var notes []string
	var imgDim int
	switch kind {
	case recipe.Seed, recipe.Cond:
		lin := linears(layers(g, "model"))
		if len(lin) < 2 {
			return recipe.Config{}, nil, fmt.Errorf("generator %s: fewer than two Linear layers under model.*", place(g.Path))
		}
		m.LatentDim = lin[0].weight[1]
		m.GWidths = nil
		for _, l := range lin[:len(lin)-1] {
			m.GWidths = append(m.GWidths, l.weight[0])
		}
		imgDim = lin[len(lin)-1].weight[0]
		if kind == recipe.Cond {
			emb, _ := g.Get("label_emb.weight")
			if len(emb.Shape) != 2 {
				return recipe.Config{}, nil, fmt.Errorf("generator %s: label_emb.weight has shape %v, want (classes, dim)", place(g.Path), emb.Shape)
			}
			m.Classes, m.EmbedDim = emb.Shape[0], emb.Shape[1]
			m.LatentDim -= m.EmbedDim
		}
		if hasD { // else D's settings stay the preset's
			if err := inferMLPD(kind, d, m, imgDim, &notes); err != nil {
				return recipe.Config{}, nil, err
			}
		}
	case recipe.DCGAN:
		w, _ := g.Get("l1.0.weight")
		if len(w.Shape) != 2 || w.Shape[0]%128 != 0 {
			return recipe.Config{}, nil, fmt.Errorf("generator %s: l1.0.weight has shape %v, want (128·(img_size/4)², latent)", place(g.Path), w.Shape)
		}
		m.LatentDim = w.Shape[1]
		s := isqrt(w.Shape[0] / 128)
		if s*s*128 != w.Shape[0] {
			return recipe.Config{}, nil, fmt.Errorf("generator %s: l1.0.weight's %d outputs are not 128 square maps", place(g.Path), w.Shape[0])
		}
		m.ImgSize = 4 * s
		last := layers(g, "conv_blocks")
		if len(last) == 0 || len(last[len(last)-1].weight) != 4 {
			return recipe.Config{}, nil, fmt.Errorf("generator %s: no last convolution under conv_blocks", place(g.Path))
		}
		m.Channels = last[len(last)-1].weight[0]
		if err := inferDCGAN(g, d, hasD, m); err != nil {
			return recipe.Config{}, nil, err
		}
	case recipe.CNN:
		if err := inferCNN(g, d, hasD, m); err != nil {
			return recipe.Config{}, nil, err
		}
	}
	if kind != recipe.DCGAN && kind != recipe.CNN {
		c, s, ok := shapeOf(imgDim, o.Channels, o.ImgSize)
		if !ok {
			return recipe.Config{}, nil, fmt.Errorf("the generator makes %d values an image, which is not C·S·S for C of 1 or 3 (give --channels and --img-size)", imgDim)
		}
		m.Channels, m.ImgSize = c, s
	} else if (o.Channels != 0 && o.Channels != m.Channels) || (o.ImgSize != 0 && o.ImgSize != m.ImgSize) {
		return recipe.Config{}, nil, fmt.Errorf("the weights make %dx%dx%d images, not the --channels %d --img-size %d given", m.Channels, m.ImgSize, m.ImgSize, o.Channels, o.ImgSize)
	}
	if o.LatentDim != 0 && o.LatentDim != m.LatentDim {
		return recipe.Config{}, nil, fmt.Errorf("the generator takes %d latent values, not the --latent-dim %d given", m.LatentDim, o.LatentDim)
	}
	if o.BNEps != 0 {
		m.BNEps = o.BNEps
	} else {
		notes = append(notes, fmt.Sprintf("BatchNorm eps is not in the weights: %g, as the %s has it (--bn-eps for another)", m.BNEps, map[recipe.ModelKind]string{recipe.Seed: "gan.py script", recipe.Cond: "cgan.py script", recipe.DCGAN: "dcgan.py script", recipe.CNN: "sngan preset"}[kind]))
	}
	cfg.Out = "-" // Validate wants one; write sets the real one
	if err := cfg.Validate(); err != nil {
		return recipe.Config{}, nil, fmt.Errorf("the sizes the weights give (%s) are not a model gogan builds: %w", sizes(*m), err)
	}
	cfg.Out = ""
	cfg.Version = recipe.Version
	return cfg, notes, nil
}

// inferDCGAN reads what dcgan's kind has beyond dcgan.py's fixed sizes:
// the classes and embedding of a conditional G (label_emb, before z in l1's
// input; class_bn if its BatchNorms are conditional; its D then a projection, linear and embed, over as many classes)
// and D's four block widths from its convolutions (d_widths).
func inferDCGAN(g, d torchfile.StateDict, hasD bool, m *recipe.Model) error {
	if emb, ok := g.Get("label_emb.weight"); ok {
		if len(emb.Shape) != 2 || emb.Shape[1] >= m.LatentDim {
			return fmt.Errorf("generator %s: label_emb.weight has shape %v, want (classes, dim) with dim below l1.0's %d inputs", place(g.Path), emb.Shape, m.LatentDim)
		}
		m.Classes, m.EmbedDim = emb.Shape[0], emb.Shape[1]
		m.LatentDim -= m.EmbedDim
		m.Projection = true
		m.ClassBN = has(g, "class_bn.0.gamma") // ClassBNGenerator: conditional BatchNorm
	}
	if !hasD {
		return nil // D's settings stay the preset's
	}
	var widths []int
	for _, l := range layers(d, "model") {
		if len(l.weight) == 4 {
			widths = append(widths, l.weight[0])
		}
	}
	first, _ := d.Get("model.0.weight")
	if len(widths) != 4 || len(first.Shape) != 4 || first.Shape[1] != m.Channels {
		return fmt.Errorf("the discriminator %s has convolutions of widths %v taking %v: want dcgan.py's four blocks on the generator's %d channels", place(d.Path), widths, first.Shape, m.Channels)
	}
	m.DWidths = widths
	if emb, ok := d.Get("embed.weight"); ok && m.Classes == 0 && len(emb.Shape) == 2 && !has(d, "adv_layer.0.weight") {
		m.AuxClasses = emb.Shape[0] // an unconditional D's class head (dcgan_models.AuxDiscriminator)
	} else if ok != (m.Classes > 0) || (ok && (len(emb.Shape) != 2 || emb.Shape[0] != m.Classes)) {
		return fmt.Errorf("the discriminator %s has class vectors of shape %v but the generator has %d classes", place(d.Path), emb.Shape, m.Classes)
	}
	return nil
}

// inferCNN reads the standard CNN's sizes: G's widths from its
// BatchNorm2d after l1 and its transposed convolutions, the image's channels
// from its last convolution and its size from l1's maps doubled once per
// transposed convolution; D's widths from its 3x3 convolutions and spectral
// norm from weight_orig.
func inferCNN(g, d torchfile.StateDict, hasD bool, m *recipe.Model) error {
	w, _ := g.Get("l1.weight")
	blocks := layers(g, "conv_blocks")
	if len(w.Shape) != 2 || len(blocks) == 0 || len(blocks[0].weight) != 1 {
		return fmt.Errorf("generator %s: want l1.weight (maps·size², latent) and a BatchNorm2d at conv_blocks.0", place(g.Path))
	}
	m.LatentDim = w.Shape[1]
	if emb, ok := g.Get("label_emb.weight"); ok { // CondGenerator: l1 takes cat(label_emb(c), z)
		if len(emb.Shape) != 2 || emb.Shape[1] >= m.LatentDim {
			return fmt.Errorf("generator %s: label_emb.weight has shape %v, want (classes, dim) with dim below l1's %d inputs", place(g.Path), emb.Shape, m.LatentDim)
		}
		m.Classes, m.EmbedDim = emb.Shape[0], emb.Shape[1]
		m.LatentDim -= m.EmbedDim
	}
	m.GWidths = []int{blocks[0].weight[0]}
	var last []int
	for _, l := range blocks[1:] {
		switch {
		case len(l.weight) == 4 && l.weight[2] == 4: // ConvTranspose2d [in, out, 4, 4]
			m.GWidths = append(m.GWidths, l.weight[1])
		case len(l.weight) == 4:
			last = l.weight
		}
	}
	s := isqrt(w.Shape[0] / m.GWidths[0])
	if last == nil || s*s*m.GWidths[0] != w.Shape[0] {
		return fmt.Errorf("generator %s: l1.weight's %d outputs are not %d square maps, or no last convolution under conv_blocks", place(g.Path), w.Shape[0], m.GWidths[0])
	}
	m.Channels, m.ImgSize = last[0], s<<(len(m.GWidths)-1)
	if !hasD {
		return nil // D's settings stay the preset's
	}
	m.DWidths = nil
	for _, l := range layers(d, "model") {
		if len(l.weight) == 4 && l.weight[2] == 3 {
			m.DWidths = append(m.DWidths, l.weight[0])
		}
	}
	first, sn := d.Get("model.0.weight_orig")
	if !sn {
		first, _ = d.Get("model.0.weight")
	}
	m.SpectralNorm = sn
	if emb, ok := d.Get("embed.weight"); (ok || m.Classes > 0) && (len(emb.Shape) != 2 || emb.Shape[0] != m.Classes) {
		return fmt.Errorf("the discriminator %s has class vectors of shape %v but the generator has %d classes", place(d.Path), emb.Shape, m.Classes)
	}
	if len(first.Shape) != 4 || first.Shape[1] != m.Channels {
		return fmt.Errorf("the discriminator %s takes images of shape %v's channels but the generator makes %d", place(d.Path), first.Shape, m.Channels)
	}
	return nil
}

// inferMLPD reads gan.py's or cgan.py's D: its hidden widths and whether it
// has dropout (a gap of three indices between Linears instead of two).
func inferMLPD(kind recipe.ModelKind, d torchfile.StateDict, m *recipe.Model, imgDim int, notes *[]string) error {
	ls := layers(d, "model")
	lin := linears(ls)
	if len(lin) < 2 {
		return fmt.Errorf("discriminator %s: fewer than two Linear layers under model.*", place(d.Path))
	}
	in := lin[0].weight[1]
	if kind == recipe.Cond {
		emb, _ := d.Get("label_embedding.weight")
		if len(emb.Shape) != 2 || emb.Shape[0] != m.Classes || emb.Shape[1] != m.EmbedDim {
			return fmt.Errorf("discriminator %s: label_embedding.weight has shape %v, but the generator's label_emb is (%d, %d)", place(d.Path), emb.Shape, m.Classes, m.EmbedDim)
		}
		in -= m.EmbedDim
	}
	if in != imgDim {
		return fmt.Errorf("the discriminator %s takes images of %d values but the generator makes %d", place(d.Path), in, imgDim)
	}
	m.DWidths, m.MBStdGroup, m.DDropout = nil, 0, 0
	dropout := false
	for i, l := range lin[:len(lin)-1] {
		m.DWidths = append(m.DWidths, l.weight[0])
		if lin[i+1].index-l.index == 3 {
			dropout = true
		}
	}
	if last := lin[len(lin)-1].weight; last[1] == m.DWidths[len(m.DWidths)-1]+1 {
		m.MBStdGroup = 4
		*notes = append(*notes, "D's minibatch-stddev group size is not in the weights: 4, gogan's")
	}
	if dropout {
		m.DDropout = 0.4
		*notes = append(*notes, "D's dropout probability is not in the weights: 0.4, cgan.py's (it does not change G's samples)")
	}
	return nil
}

// shapeOf splits an image's values into channels and size: 1·S·S or 3·S·S
// (never both), or as given.
func shapeOf(n, c, s int) (int, int, bool) {
	switch {
	case c != 0 && s != 0:
		return c, s, c*s*s == n
	case c != 0:
		s = isqrt(n / c)
		return c, s, n%c == 0 && c*s*s == n
	case s != 0:
		return n / (s * s), s, n%(s*s) == 0 && (n/(s*s) == 1 || n/(s*s) == 3)
	}
	for _, c := range []int{1, 3} {
		if s := isqrt(n / c); n%c == 0 && c*s*s == n {
			return c, s, true
		}
	}
	return 0, 0, false
}

func isqrt(n int) int {
	if n <= 0 {
		return 0
	}
	s := int(math.Sqrt(float64(n)))
	for s*s > n {
		s--
	}
	for (s+1)*(s+1) <= n {
		s++
	}
	return s
}

func sizes(m recipe.Model) string {
	s := fmt.Sprintf("latent_dim %d, %dx%dx%d images", m.LatentDim, m.Channels, m.ImgSize, m.ImgSize)
	if m.Kind != recipe.DCGAN {
		s += fmt.Sprintf(", g_widths %v", m.GWidths)
	}
	if m.Classes > 0 {
		s += fmt.Sprintf(", %d classes embedded in %d", m.Classes, m.EmbedDim)
	}
	return s
}

// convert turns a state_dict into the safetensors form checkpoint.Apply
// takes: float tensors as F32 (float64 and float16 converted), int64 as I64.
func convert(sd torchfile.StateDict) (*safetensors.File, error) {
	f := &safetensors.File{}
	for i, t := range sd.Tensors {
		name := sd.Names[i]
		if t.DType == torchfile.Int64 {
			v, err := t.Int64s()
			if err != nil {
				return nil, fmt.Errorf("tensor %q: %w", name, err)
			}
			f.Tensors = append(f.Tensors, safetensors.I64(name, t.Shape, v))
			continue
		}
		v, err := t.Float32s()
		if err != nil {
			return nil, fmt.Errorf("tensor %q: %w", name, err)
		}
		f.Tensors = append(f.Tensors, safetensors.F32(name, t.Shape, v))
	}
	if err := checkpoint.CheckFinite(f); err != nil {
		return nil, err
	}
	return f, nil
}

// load applies the weights to a model built for them; PyTorch's 0-d
// num_batches_tracked is gogan's too.
func load(f *safetensors.File, s *nn.Sequential) error {
	return checkpoint.Apply(f, s)
}

// describe says what a file's object is, for an error.
func describe(v any) string {
	switch v := v.(type) {
	case *torchfile.Dict:
		var keys []string
		for i, k := range v.Keys {
			if i == 12 {
				keys = append(keys, fmt.Sprintf("… %d more", len(v.Keys)-12))
				break
			}
			keys = append(keys, fmt.Sprintf("%v", k))
		}
		return fmt.Sprintf("a dict of %d items with no tensors in it (keys %s)", len(v.Keys), strings.Join(keys, ", "))
	case *torchfile.Tensor:
		return fmt.Sprintf("one tensor of shape %v", v.Shape)
	case nil:
		return "None"
	}
	return fmt.Sprintf("a %T", v)
}

// describeAll lists each state_dict of a file, its kind if it has one, and
// its first tensors, for an error.
func describeAll(sds []torchfile.StateDict, want *recipe.ModelKind) string {
	var parts []string
	for _, sd := range sds {
		what := "fits no kind"
		if r, ok := classify(sd); ok {
			what = fmt.Sprintf("%s's %s", r.kind, map[bool]string{true: "generator", false: "discriminator"}[r.g])
			if want != nil && r.kind != *want {
				what += fmt.Sprintf(" (not --kind %s)", *want)
			}
		}
		var ts []string
		for i, n := range sd.Names {
			if i == 8 {
				ts = append(ts, fmt.Sprintf("… %d more", len(sd.Names)-8))
				break
			}
			ts = append(ts, fmt.Sprintf("%s %v", n, sd.Tensors[i].Shape))
		}
		parts = append(parts, fmt.Sprintf("%s: %s [%s]", place(sd.Path), what, strings.Join(ts, ", ")))
	}
	return fmt.Sprintf("%d state_dict(s): %s", len(sds), strings.Join(parts, "; "))
}
