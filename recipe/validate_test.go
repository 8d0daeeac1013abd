package recipe

import (
	"errors"
	"strings"
	"testing"
)

func TestValidateNamesSettings(t *testing.T) {
	c, _ := Preset("seed")
	c.Out = "x"
	c.Train.BatchSize, c.Model.MBStdGroup, c.Train.B2 = 1, 1, 1
	err := c.Validate()
	var inv Invalid
	if !errors.As(err, &inv) || len(inv) != 3 {
		t.Fatalf("Validate = %v, want three problems", err)
	}
	for i, want := range []string{"batch_size 1 must be in [2, 65536]", "b2 1 must be in [0, 1)", "mbstd_group 1 must be 0 (off) or ≥ 2"} {
		if !strings.HasPrefix(inv[i].Error(), want) {
			t.Errorf("problem %d: %q, want %q", i, inv[i], want)
		}
	}
	if strings.Contains(err.Error(), "--") {
		t.Errorf("a library error names a flag: %v", err)
	}
	// SGD does not use Adam's betas.
	p, _ := Preset("paper")
	p.Out, p.Train.B1 = "x", 7
	if err := p.Validate(); err != nil {
		t.Errorf("paper preset with an unused b1: %v", err)
	}
	p.Model.MBStdGroup = 4
	if err := p.Validate(); err == nil || !strings.Contains(err.Error(), "mbstd_group applies to the seed's D") {
		t.Errorf("paper with mbstd: %v", err)
	}
}

func TestValidateGCN(t *testing.T) {
	p, _ := Preset("paper-cifar10-fc")
	p.Out = "x"
	if err := p.Validate(); err != nil {
		t.Fatalf("paper-cifar10-fc: %v", err)
	}
	for _, c := range []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"gcn without a scale", func(c *Config) { c.Model.GCNScale = 0 }, "gcn_scale 0 must be in (0, 1e6]"},
		{"a scale without gcn", func(c *Config) { c.Model.PixelRange = Unit }, "gcn_scale applies to pixel range gcn, not unit"},
		{"gcn on gan.py's G", func(c *Config) { c.Model.Kind = Seed }, "pixel_range gcn needs the paper model"},
	} {
		q := p
		c.edit(&q)
		if err := q.Validate(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: Validate() = %v, want an error containing %q", c.name, err, c.want)
		}
	}
}
